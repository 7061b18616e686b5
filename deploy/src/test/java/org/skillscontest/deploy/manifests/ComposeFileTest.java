package org.skillscontest.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** deploy/compose, the one-server deployment, agrees with the services' own configuration. */
class ComposeFileTest {

    private static final String COMPOSE = Repository.read("deploy/compose/compose.yaml");
    private static final String ENV = Repository.read("deploy/compose/.env.example");

    @Test
    void everyServicePortVariableVolumeAndTopicMatchesTheServicesConfiguration() {
        assertThat(ComposeCheck.problems(COMPOSE, ENV)).isEmpty();
    }

    @Test
    void aPortThatIsNotTheServicesOwnIsFound() {
        String broken = COMPOSE.replace(":8082:8082", ":8082:8080");
        assertThat(broken).isNotEqualTo(COMPOSE);
        assertThat(ComposeCheck.problems(broken, ENV)).anyMatch(p -> p.startsWith("scoring-service: publishes"));
    }

    @Test
    void aMisspelledVariableIsFound() {
        String broken = COMPOSE.replace("KAFKA_BOOTSTRAP_SERVERS: kafka:9092\n      MP_JWT_VERIFY_PUBLICKEY_LOCATION: /run/secrets/jwt-public-key\n    ports:\n      - \"${BIND_ADDRESS:-127.0.0.1}:8083",
                "KAFKA_BOOTSTRAP_SERVER: kafka:9092\n      MP_JWT_VERIFY_PUBLICKEY_LOCATION: /run/secrets/jwt-public-key\n    ports:\n      - \"${BIND_ADDRESS:-127.0.0.1}:8083");
        assertThat(broken).isNotEqualTo(COMPOSE);
        assertThat(ComposeCheck.problems(broken, ENV))
                .contains("ranking-service: sets KAFKA_BOOTSTRAP_SERVER, which no property the module reads maps to",
                        "ranking-service: KAFKA_BOOTSTRAP_SERVERS is not set");
    }

    @Test
    void aMissingTopicAnUndeclaredVolumeAndAWrongStartOrderAreFound() {
        String broken = COMPOSE.replace("        ranking.round-ranked.v1\n", "")
                .replace("scoring-db-data:/var/lib/postgresql/data", "scoring-data:/var/lib/postgresql/data")
                .replace("      kafka-topics:\n        condition: service_completed_successfully\n    environment:\n      QUARKUS_DATASOURCE_JDBC_URL: jdbc:postgresql://registration-db",
                        "      kafka-topics:\n        condition: service_started\n    environment:\n      QUARKUS_DATASOURCE_JDBC_URL: jdbc:postgresql://registration-db");
        assertThat(ComposeCheck.problems(broken, ENV))
                .anyMatch(p -> p.startsWith("kafka-topics: TOPICS"))
                .anyMatch(p -> p.equals("scoring-service consumes ranking.round-ranked.v1, which kafka-topics does not create"))
                .anyMatch(p -> p.equals("scoring-db: volume scoring-data is not declared"))
                .anyMatch(p -> p.equals("volume scoring-db-data is declared but no service uses it"))
                .anyMatch(p -> p.startsWith("registration-service: must depend on kafka-topics with condition service_completed_successfully"));
    }
}
