package org.skillscontest.console;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.skillscontest.contracts.TokenSigner;

/** A key of the console tests' own for the development sign-in, written where the stack would keep its own. */
public class DevKey implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "dev-key"));
            Path key = folder.resolve("private.pem");
            if (!Files.exists(key)) {
                Files.writeString(key, TokenSigner.newKeyPair().privateKeyPem());
            }
            return Map.of("console.dev-sign-in.enabled", "true",
                    "console.dev-sign-in.signing-key", key.toAbsolutePath().toString(),
                    // no services behind the console in these tests: calls fail fast
                    "quarkus.rest-client.registration.url", "http://127.0.0.1:9",
                    "quarkus.rest-client.connect-timeout", "500");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
