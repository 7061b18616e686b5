package org.skillscontest.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A keyed digest (HMAC-SHA256) of a resident ID number, so that a service that must not hold ID
 * numbers (docs/domain.md, privacy) can still match an outside exam platform's rows, which name
 * people by ID number, to its entrants. Registration publishes the digest of each entrant; scoring
 * digests an imported number with the same key and looks it up. Without the key ({@code
 * id-number-digest.key}, shared by those two services and by nobody else) a digest reveals nothing:
 * a plain hash of an 18-character ID number could be reversed by trying every birth date and region.
 */
@ApplicationScoped
public class IdNumberDigest {

    private final SecretKeySpec key;

    public IdNumberDigest(@ConfigProperty(name = "id-number-digest.key") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The digest of an ID number, upper-cased first (the check character may be x or X), in hex. */
    public String of(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
