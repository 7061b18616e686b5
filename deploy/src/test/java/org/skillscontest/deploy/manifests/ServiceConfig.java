package org.skillscontest.deploy.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one module reads from its configuration, taken from its own files: its application.properties
 * (and the platform's shared defaults for the three services), the names its code injects, and the
 * few framework properties production sets that no property file names (each tied to the extension
 * that reads it, which the module must have).
 */
record ServiceConfig(String module, Map<String, String> properties, Set<String> propertyNames, Set<String> prefixes,
                     boolean usesPlatform, boolean usesIdNumberDigest) {

    /** The three services: each has its own database, Kafka and the outbox. */
    static final List<String> SERVICES = List.of("registration-service", "scoring-service", "ranking-service");
    /** Everything that runs as an image: the services and the console. */
    static final List<String> MODULES = List.of("registration-service", "scoring-service", "ranking-service", "console");

    /** Properties production sets from the environment that no property file of ours names, and the extension reading each. */
    private static final Map<String, String> FRAMEWORK = Map.of(
            "quarkus.datasource.jdbc.url", "quarkus-jdbc-postgresql",
            "quarkus.datasource.username", "quarkus-jdbc-postgresql",
            "quarkus.datasource.password", "quarkus-jdbc-postgresql",
            "kafka.bootstrap.servers", "quarkus-messaging-kafka",
            "mp.jwt.verify.publickey.location", "quarkus-smallrye-jwt",
            "quarkus.oidc.auth-server-url", "quarkus-oidc",
            "quarkus.oidc.client-id", "quarkus-oidc",
            "quarkus.oidc.credentials.secret", "quarkus-oidc");

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");

    private static final Map<String, ServiceConfig> READ = new java.util.concurrent.ConcurrentHashMap<>();

    static ServiceConfig of(String module) {
        return READ.computeIfAbsent(module, ServiceConfig::read);
    }

    private static ServiceConfig read(String module) {
        Map<String, String> props = new LinkedHashMap<>();
        boolean platform = Repository.read(module + "/pom.xml").contains("<artifactId>platform</artifactId>");
        if (platform) {
            props.putAll(load("platform/src/main/resources/META-INF/microprofile-config.properties"));
        }
        props.putAll(load(module + "/src/main/resources/application.properties"));
        Set<String> names = new TreeSet<>();
        props.keySet().forEach(k -> names.add(withoutProfile(k)));
        Set<String> prefixes = new TreeSet<>();
        String sources = sources(module) + (platform ? sources("platform") : "");
        collect(CONFIG_PROPERTY, sources, names);
        collect(CONFIG_MAPPING, sources, prefixes);
        String poms = Repository.read(module + "/pom.xml") + (platform ? Repository.read("platform/pom.xml") : "");
        FRAMEWORK.forEach((property, extension) -> {
            if (poms.contains("<artifactId>" + extension + "</artifactId>")) {
                names.add(property);
            }
        });
        return new ServiceConfig(module, props, names, prefixes, platform, sources(module).contains("IdNumberDigest"));
    }

    /** The property's value in production (no profile), or null. */
    String property(String name) {
        return properties.get(name);
    }

    int httpPort() {
        return Integer.parseInt(properties.get("quarkus.http.port"));
    }

    /** Whether the module reads the property that this environment variable sets (SmallRye's mapping of env names). */
    boolean reads(String envName) {
        return propertyNames.stream().anyMatch(p -> envName(p).equals(envName))
                || prefixes.stream().anyMatch(p -> envName.startsWith(envName(p) + "_"))
                || kafkaClientSetting(envName);
    }

    /**
     * Quarkus hands every {@code kafka.*} setting, also from KAFKA_* variables, to the service's Kafka clients
     * (and the relay's producer takes them too): such a variable counts when it names a real client setting.
     */
    private boolean kafkaClientSetting(String envName) {
        if (!propertyNames.contains("kafka.bootstrap.servers") || !envName.startsWith("KAFKA_")) {
            return false;
        }
        String setting = envName.substring("KAFKA_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        return org.apache.kafka.clients.producer.ProducerConfig.configNames().contains(setting)
                || org.apache.kafka.clients.consumer.ConsumerConfig.configNames().contains(setting)
                || org.apache.kafka.clients.admin.AdminClientConfig.configNames().contains(setting);
    }

    /** Every topic the module consumes, and each one's dead-letter topic. */
    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        properties.forEach((k, v) -> {
            if (k.startsWith("mp.messaging.incoming.") && (k.endsWith(".topic"))) {
                topics.add(v.trim());
            }
        });
        return topics;
    }

    /** The REST clients the module calls: client name to URL (quarkus.rest-client.NAME.url). */
    Map<String, String> restClients() {
        Map<String, String> clients = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            Matcher m = Pattern.compile("quarkus\\.rest-client\\.([a-z-]+)\\.url").matcher(k);
            if (m.matches()) {
                clients.put(m.group(1), v);
            }
        });
        return clients;
    }

    /** The module whose name starts with the short name (registration → registration-service). */
    static String moduleNamed(String shortName) {
        return MODULES.stream().filter(m -> m.equals(shortName) || m.equals(shortName + "-service")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module " + shortName));
    }

    /** The short name a service's resources are named by (registration-service → registration). */
    static String shortName(String module) {
        return module.replace("-service", "");
    }

    /** SmallRye Config's environment name of a property: upper case, every other character an underscore. */
    static String envName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Map<String, String> load(String relative) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Repository.read(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    private static String sources(String module) {
        Path dir = Repository.path(module + "/src/main/java");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Repository.read(f)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }
}
