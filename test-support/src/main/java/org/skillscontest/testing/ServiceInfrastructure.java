package org.skillscontest.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.skillscontest.contracts.TokenContract;

/**
 * Everything a service under {@code @QuarkusTest} needs: a real Kafka broker, a fresh PostgreSQL
 * database of its own, and the public key of the test tokens.
 */
public class ServiceInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String jdbcUrl;

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = PostgresServer.get();
        jdbcUrl = postgres.freshDatabase("test");
        return Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "mp.jwt.verify.publickey", Tokens.publicKeyPem(),
                "mp.jwt.verify.issuer", TokenContract.ISSUER);
    }

    @Override
    public void stop() {
        if (jdbcUrl != null) {
            PostgresServer.get().dropDatabase(jdbcUrl);
        }
    }
}
