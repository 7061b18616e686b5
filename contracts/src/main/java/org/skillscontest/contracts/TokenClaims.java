package org.skillscontest.contracts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The claims of a bearer token as {@link TokenContract} describes them: the issuer, the audience, the
 * subject (also sent as {@code upn}), the roles in {@code groups}, a federation token's federation code,
 * and when it was issued and expires. {@link TokenSigner} signs them.
 *
 * @param federation the {@link TokenContract#FEDERATION_CLAIM} claim; null sends none
 */
public record TokenClaims(String issuer, String audience, String subject, List<String> groups, String federation,
        Instant issuedAt, Instant expiresAt) {

    public TokenClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(subject, "subject");
        groups = List.copyOf(groups);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Claims the services accept: the contract's issuer, issued at {@code issuedAt}, valid for {@code validFor}. */
    public static TokenClaims of(String subject, Collection<String> groups, String federation, Instant issuedAt,
            Duration validFor) {
        return new TokenClaims(TokenContract.ISSUER, TokenContract.AUDIENCE, subject, List.copyOf(groups), federation,
                issuedAt, issuedAt.plus(validFor));
    }

    /** The same claims from another issuer. */
    public TokenClaims withIssuer(String otherIssuer) {
        return new TokenClaims(otherIssuer, audience, subject, groups, federation, issuedAt, expiresAt);
    }

    /** The same claims for another audience. */
    public TokenClaims withAudience(String otherAudience) {
        return new TokenClaims(issuer, otherAudience, subject, groups, federation, issuedAt, expiresAt);
    }

    /** The same claims, issued and expiring at other times. */
    public TokenClaims during(Instant otherIssuedAt, Instant otherExpiresAt) {
        return new TokenClaims(issuer, audience, subject, groups, federation, otherIssuedAt, otherExpiresAt);
    }

    /** The JWT claims set: {@code iss, aud, sub, upn, groups}, {@code federation} when there is one, {@code iat, exp} in seconds. */
    public String json() {
        StringBuilder json = new StringBuilder("{");
        member(json, "iss", issuer).append(',');
        member(json, "aud", audience).append(',');
        member(json, "sub", subject).append(',');
        member(json, "upn", subject).append(',');
        string(json, "groups").append(":[");
        for (int i = 0; i < groups.size(); i++) {
            string(json.append(i == 0 ? "" : ","), groups.get(i));
        }
        json.append("],");
        if (federation != null) {
            member(json, TokenContract.FEDERATION_CLAIM, federation).append(',');
        }
        string(json, "iat").append(':').append(issuedAt.getEpochSecond()).append(',');
        string(json, "exp").append(':').append(expiresAt.getEpochSecond());
        return json.append('}').toString();
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        return string(string(json, name).append(':'), value);
    }

    /** A JSON string (RFC 8259): quote, backslash and control characters escaped, everything else as it is. */
    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
