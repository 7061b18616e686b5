package org.skillscontest.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s is valid offline: Kubernetes' kinds read into fabric8's model and Strimzi's into its API model
 * with unknown fields refused, Strimzi's Kafka, KafkaNodePool and KafkaTopic and CloudNativePG's Cluster
 * validated against their CRDs' schemas too, and all of it consistent with the services' configuration. A
 * broken copy of each kind fails.
 */
class ClusterManifestsTest {

    private static final Map<String, String> FILES = read(Repository.path("deploy/k8s"));

    @Test
    void everyManifestIsValidAndAgreesWithTheServices() {
        assertThat(FILES).containsKeys("namespace.yaml", "kafka-cluster.yaml", "topics.yaml", "databases.yaml", "services.yaml", "kustomization.yaml");
        assertThat(ClusterCheck.problems(FILES)).isEmpty();
    }

    @Test
    void aMisspeltDeploymentFieldIsRefused() {
        assertThat(broken("services.yaml", s -> s.replaceFirst("readinessProbe:", "readynessProbe:")))
                .anyMatch(p -> p.contains("Deployment registration-service") && p.contains("readynessProbe"));
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        assertThat(broken("services.yaml", s -> s.replaceFirst("replicas: 2", "replicas: two")))
                .anyMatch(p -> p.contains("Deployment registration-service: not a valid Deployment"));
    }

    @Test
    void aMisspeltStrimziFieldIsRefused() {
        assertThat(broken("topics.yaml", s -> s.replaceFirst("partitions: 12", "partition: 12")))
                .anyMatch(p -> p.contains("KafkaTopic registration-event-opened-v1") && p.contains("partition"));
        // the KafkaTopic CRD's own schema: no partitions below 1
        assertThat(broken("topics.yaml", s -> s.replaceFirst("partitions: 12", "partitions: 0")))
                .anyMatch(p -> p.contains("KafkaTopic registration-event-opened-v1") && p.contains("partitions") && p.contains("minimum"));
        // the KafkaNodePool CRD's own schema: KRaft metadata can only be "shared"
        assertThat(broken("kafka-cluster.yaml", s -> s.replace("kraftMetadata: shared", "kraftMetadata: dedicated")))
                .anyMatch(p -> p.contains("KafkaNodePool dual-role") && p.contains("kraftMetadata"));
        assertThat(broken("kafka-cluster.yaml", s -> s.replace("networkPolicyPeers:", "networkPolicyPeer:")))
                .anyMatch(p -> p.contains("Kafka skills-kafka") && p.contains("networkPolicyPeer"));
    }

    @Test
    void aKafkaTheCrdSchemaRefusesIsRefused() {
        // values Strimzi's Java model takes and only the Kafka CRD's schema refuses
        assertThat(broken("kafka-cluster.yaml", s -> s.replace("port: 9093", "port: 9091")))
                .anyMatch(p -> p.contains("Kafka skills-kafka") && p.contains("listeners[0].port") && p.contains("9092"));
        assertThat(broken("kafka-cluster.yaml", s -> s.replace("- name: tls\n", "- name: TLS\n")))
                .anyMatch(p -> p.contains("Kafka skills-kafka") && p.contains("listeners[0].name") && p.contains("pattern"));
        assertThat(broken("kafka-cluster.yaml", s -> s.replace("type: internal", "type: internel")))
                .anyMatch(p -> p.contains("Kafka skills-kafka") && p.contains("listeners[0].type") && p.contains("enumeration"));
        // a misspelt field, in the schema's words (the model says it too)
        assertThat(broken("kafka-cluster.yaml", s -> s.replace("topicOperator: {}", "topicOperater: {}")))
                .anyMatch(p -> p.contains("Kafka skills-kafka") && p.contains("topicOperater") && p.contains("is not defined in the schema"));
        assertThat(broken("kafka-cluster.yaml", s -> s.replace("    version: 4.1.1", "    versoin: 4.1.1")))
                .anyMatch(p -> p.contains("Kafka skills-kafka") && p.contains("versoin") && p.contains("is not defined in the schema"));
    }

    @Test
    void aValidKafkaSettingTheManifestsDoNotUseYetPasses() {
        // authorization's tlsTrustedCertificates items are oneOf {certificate} / {pattern}: a branch names some fields only
        String authorization = """
                    authorization:
                      type: keycloak
                      clientId: kafka
                      tokenEndpointUri: https://sso.example/token
                      tlsTrustedCertificates:
                        - secretName: sso-ca
                          certificate: ca.crt
                  entityOperator:
                """;
        assertThat(broken("kafka-cluster.yaml", s -> s.replace("  entityOperator:\n", authorization))).isEmpty();
    }

    @Test
    void aMisspeltOrInvalidCloudNativePgFieldIsRefused() {
        assertThat(broken("databases.yaml", s -> s.replaceFirst("  instances: 3", "  instance: 3")))
                .anyMatch(p -> p.contains("Cluster registration-db") && p.contains("instance"));
        assertThat(broken("databases.yaml", s -> s.replaceFirst("primaryUpdateStrategy: unsupervised", "primaryUpdateStrategy: automatic")))
                .anyMatch(p -> p.contains("Cluster registration-db") && p.contains("primaryUpdateStrategy"));
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThat(broken("namespace.yaml", s -> s.replace("kind: Namespace", "kind: Namespaces")))
                .anyMatch(p -> p.contains("unknown kind v1/Namespaces"));
    }

    @Test
    void inconsistenciesWithTheServicesAreFound() {
        assertThat(broken("services.yaml", s -> s.replaceFirst("terminationGracePeriodSeconds: 60", "terminationGracePeriodSeconds: 30")))
                .anyMatch(p -> p.startsWith("Deployment registration-service: terminationGracePeriodSeconds 30 must exceed"));
        assertThat(broken("services.yaml", s -> s.replaceFirst("containerPort: 8082", "containerPort: 8080")))
                .anyMatch(p -> p.startsWith("Deployment scoring-service: no container port http = 8082"));
        assertThat(broken("services.yaml", s -> s.replace("name: KAFKA_SSL_TRUSTSTORE_LOCATION", "name: KAFKA_SSL_TRUSTSTORE_LOCATON")))
                .anyMatch(p -> p.equals("Deployment ranking-service: sets KAFKA_SSL_TRUSTSTORE_LOCATON, which no property the module reads maps to"));
        assertThat(broken("databases.yaml", s -> s.replace("database: scoring", "database: scores")))
                .anyMatch(p -> p.startsWith("Deployment scoring-service: QUARKUS_DATASOURCE_JDBC_URL must be jdbc:postgresql://scoring-db-rw:5432/scores"));
        assertThat(broken("topics.yaml", s -> s.replace("topicName: ranking.round-ranked.v1\n", "topicName: ranking.round-rankings.v1\n")))
                .anyMatch(p -> p.equals("scoring-service consumes ranking.round-ranked.v1, which has no KafkaTopic"));
        assertThat(broken("kustomization.yaml", s -> s.replace("  - name: console\n    count: 2", "  - name: consle\n    count: 2")))
                .anyMatch(p -> p.startsWith("kustomization.yaml: replicas name"));
    }

    private static java.util.List<String> broken(String file, UnaryOperator<String> change) {
        Map<String, String> copy = new TreeMap<>(FILES);
        String changed = change.apply(copy.get(file));
        assertThat(changed).as("the broken copy differs from " + file).isNotEqualTo(copy.get(file));
        copy.put(file, changed);
        return ClusterCheck.problems(copy);
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> files.put(p.getFileName().toString(), Repository.read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
