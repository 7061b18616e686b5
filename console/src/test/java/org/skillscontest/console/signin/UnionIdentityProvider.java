package org.skillscontest.console.signin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A small OpenID Connect provider standing in for the union's: discovery, keys, the authorization
 * endpoint (it signs in whoever {@link #nextPerson} names, as a provider's login form would) and the
 * token endpoint (an ID token and an access token carrying {@code groups} and {@code federation}).
 * The console runs the real authorization-code flow against it through quarkus-oidc.
 */
public class UnionIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "skills-console";
    static final String CLIENT_SECRET = "console-secret";

    /** Who signs in at the provider next: subject, groups, federation. */
    static volatile Map<String, Object> nextPerson = Map.of("sub", "organiser-9", "groups", List.of("organizer"));

    private HttpServer server;
    private RsaJsonWebKey key;
    private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            key = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) pair.getPublic());
            key.setPrivateKey(pair.getPrivate());
            key.setKeyId("union-1");
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/union";
            server.createContext("/realms/union/.well-known/openid-configuration", x -> json(x, 200, """
                    {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                     "jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/logout",
                     "response_types_supported":["code"],"subject_types_supported":["public"],
                     "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer)));
            server.createContext("/realms/union/jwks", x -> json(x, 200, new JsonWebKeySet(key).toJson()));
            server.createContext("/realms/union/authorize", x -> authorize(x));
            server.createContext("/realms/union/token", x -> token(x, issuer));
            server.start();
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.oidc.tenant-enabled", "true");
            config.put("quarkus.oidc.auth-server-url", issuer);
            config.put("quarkus.oidc.client-id", CLIENT_ID);
            config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
            config.put("console.dev-sign-in.enabled", "false");
            config.put("quarkus.rest-client.registration.url", "http://127.0.0.1:9");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> query = form(x.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        Map<String, Object> person = new HashMap<>(nextPerson);
        if (query.get("nonce") != null) {
            person.put("nonce", query.get("nonce"));
        }
        codes.put(code, person);
        String redirect = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?")
                + "code=" + code + "&state=" + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Location", redirect);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private void token(HttpExchange x, String issuer) throws IOException {
        Map<String, String> body = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, Object> person = codes.remove(body.get("code"));
        if (person == null || !"authorization_code".equals(body.get("grant_type"))) {
            json(x, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            String idToken = sign(claims(issuer, person, true));
            String accessToken = sign(claims(issuer, person, false));
            json(x, 200, "{\"access_token\":\"" + accessToken + "\",\"id_token\":\"" + idToken
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        } catch (JoseException e) {
            json(x, 500, "{\"error\":\"server_error\"}");
        }
    }

    private JwtClaims claims(String issuer, Map<String, Object> person, boolean idToken) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject((String) person.get("sub"));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setGeneratedJwtId();
        if (idToken) {
            claims.setAudience(CLIENT_ID);
            if (person.containsKey("nonce")) {
                claims.setClaim("nonce", person.get("nonce"));
            }
        } else {
            // the access token is for the services, which accept only their own audience
            claims.setAudience(org.skillscontest.contracts.TokenContract.AUDIENCE);
        }
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) person.get("groups");
        claims.setStringListClaim("groups", groups);
        if (person.get("federation") != null) {
            claims.setClaim("federation", person.get("federation"));
        }
        return claims;
    }

    private String sign(JwtClaims claims) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void json(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
