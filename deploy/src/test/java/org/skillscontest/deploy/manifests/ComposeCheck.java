package org.skillscontest.deploy.manifests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.AppInfoParser;
import org.skillscontest.contracts.Topic;

/**
 * Checks deploy/compose/compose.yaml against the services' own configuration: every service, port,
 * environment variable, volume, secret and topic named the way the services read them. Returns what is
 * wrong, one line each (empty when all agrees).
 */
final class ComposeCheck {

    static final String KAFKA = "kafka";
    static final String TOPICS_JOB = "kafka-topics";

    private final Map<String, Object> compose;
    private final String text;
    private final String envExample;
    private final List<String> problems = new ArrayList<>();

    private ComposeCheck(String text, String envExample) {
        this.text = text;
        this.compose = Yaml.one(text);
        this.envExample = envExample;
    }

    static List<String> problems(String composeText, String envExample) {
        ComposeCheck check = new ComposeCheck(composeText, envExample);
        check.run();
        return check.problems;
    }

    private void run() {
        Map<String, Object> services = Yaml.map(compose, "services");
        Set<String> expected = new TreeSet<>(List.of(KAFKA, TOPICS_JOB));
        for (String module : ServiceConfig.MODULES) {
            expected.add(module);
        }
        for (String module : ServiceConfig.SERVICES) {
            expected.add(database(module));
        }
        if (!services.keySet().equals(expected)) {
            problems.add("compose services are " + new TreeSet<>(services.keySet()) + ", expected " + expected);
        }
        kafka(services);
        topics(services);
        for (String module : ServiceConfig.MODULES) {
            if (services.containsKey(module)) {
                module(module, Yaml.asMap(services.get(module), module), services);
            }
        }
        volumes(services);
        variables();
    }

    /** One PostgreSQL per service, named after it. */
    static String database(String module) {
        return ServiceConfig.shortName(module) + "-db";
    }

    private void kafka(Map<String, Object> services) {
        Map<String, Object> kafka = Yaml.map(services, KAFKA);
        String image = Yaml.string(kafka, "image");
        String release = AppInfoParser.getVersion();
        if (!("apache/kafka:" + release).equals(image)) {
            problems.add("kafka: image " + image + " is not the release of the services' kafka-clients, apache/kafka:" + release);
        }
        Map<String, Object> env = Yaml.map(kafka, "environment");
        Set<String> roles = Set.of(String.valueOf(env.get("KAFKA_PROCESS_ROLES")).split(","));
        if (!roles.equals(Set.of("broker", "controller"))) {
            problems.add("kafka: KAFKA_PROCESS_ROLES must be broker,controller (KRaft, one node), is " + env.get("KAFKA_PROCESS_ROLES"));
        }
        if (!"false".equals(String.valueOf(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")))) {
            problems.add("kafka: topics must come from kafka-topics, not be auto-created (KAFKA_AUTO_CREATE_TOPICS_ENABLE=false)");
        }
        String logDirs = String.valueOf(env.get("KAFKA_LOG_DIRS"));
        if (!mountTargets(kafka).contains(logDirs)) {
            problems.add("kafka: its log directory " + logDirs + " is not on a volume");
        }
        if (!healthcheck(kafka).contains("--bootstrap-server")) {
            problems.add("kafka: the health check must ask the broker (kafka-broker-api-versions.sh --bootstrap-server ...)");
        }
    }

    /** The bootstrap addresses other containers reach the broker at. */
    private Set<String> advertised() {
        Object listeners = Yaml.at(compose, "services", KAFKA, "environment", "KAFKA_ADVERTISED_LISTENERS");
        Set<String> addresses = new TreeSet<>();
        for (String l : String.valueOf(listeners).split(",")) {
            addresses.add(l.substring(l.indexOf("://") + 3));
        }
        return addresses;
    }

    private void topics(Map<String, Object> services) {
        Map<String, Object> job = Yaml.map(services, TOPICS_JOB);
        if (!String.valueOf(job.get("image")).equals(Yaml.string(services, KAFKA, "image"))) {
            problems.add("kafka-topics: must use the broker's image (its kafka-topics.sh)");
        }
        dependsOn(TOPICS_JOB, job, KAFKA, "service_healthy");
        Set<String> listed = new LinkedHashSet<>(Arrays.asList(String.valueOf(Yaml.at(job, "environment", "TOPICS")).trim().split("\\s+")));
        Set<String> contract = Arrays.stream(Topic.values()).map(Topic::topicName).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!listed.equals(contract)) {
            problems.add("kafka-topics: TOPICS " + listed + " differ from the contract's topics " + contract);
        }
        String script = String.join("\n", Yaml.list(job, "command").stream().map(String::valueOf).toList());
        for (String created : List.of("--topic $$t ", "--topic $$t.dlq ")) {
            if (!script.contains(created)) {
                problems.add("kafka-topics: the script does not create " + created.trim() + " for every topic");
            }
        }
        if (!script.contains("$$BOOTSTRAP") || !advertised().contains(String.valueOf(Yaml.at(job, "environment", "BOOTSTRAP")))) {
            problems.add("kafka-topics: BOOTSTRAP must be the broker's advertised listener " + advertised());
        }
        Set<String> created = new TreeSet<>();
        for (String t : listed) {
            created.add(t);
            created.add(t + ".dlq");
        }
        for (String module : ServiceConfig.SERVICES) {
            for (String topic : ServiceConfig.of(module).consumedTopics()) {
                if (!created.contains(topic)) {
                    problems.add(module + " consumes " + topic + ", which kafka-topics does not create");
                }
            }
        }
    }

    private void module(String module, Map<String, Object> service, Map<String, Object> services) {
        ServiceConfig config = ServiceConfig.of(module);
        String image = "skillscontest/" + module + ":" + Repository.projectVersion();
        if (!image.equals(service.get("image"))) {
            problems.add(module + ": image " + service.get("image") + ", expected " + image);
        }
        int port = config.httpPort();
        List<Object> ports = Yaml.list(service, "ports");
        if (ports.size() != 1 || !String.valueOf(ports.get(0)).endsWith(":" + port + ":" + port)) {
            problems.add(module + ": publishes " + ports + ", expected its quarkus.http.port <host>:" + port + ":" + port);
        }
        String health = healthcheck(service);
        if (!health.contains("/q/health/ready") || !health.contains("/" + port + " ") && !health.contains(":" + port + "/")) {
            problems.add(module + ": the health check must ask /q/health/ready on port " + port + ": " + health);
        }
        // no shell in the images: the health check runs contracts' HealthProbe from the application's own lib/main
        String probeJar = "/deployments/lib/main/org.skillscontest.contracts-" + Repository.projectVersion() + ".jar";
        if (!health.contains(" " + probeJar + " " + org.skillscontest.contracts.HealthProbe.class.getName() + " http://127.0.0.1:" + port + "/q/health/ready")) {
            problems.add(module + ": the health check must run " + org.skillscontest.contracts.HealthProbe.class.getName() + " from " + probeJar
                    + " on http://127.0.0.1:" + port + "/q/health/ready");
        }
        Map<String, Object> env = Yaml.map(service, "environment");
        for (String name : env.keySet()) {
            if (!config.reads(name)) {
                problems.add(module + ": sets " + name + ", which no property the module reads maps to");
            }
        }
        if (ServiceConfig.SERVICES.contains(module)) {
            service(module, config, service, env, services);
        } else {
            for (Map.Entry<String, String> client : config.restClients().entrySet()) {
                String name = ServiceConfig.envName("quarkus.rest-client." + client.getKey() + ".url");
                String target = ServiceConfig.moduleNamed(client.getKey());
                String url = "http://" + target + ":" + ServiceConfig.of(target).httpPort();
                if (!url.equals(env.get(name))) {
                    problems.add(module + ": " + name + " is " + env.get(name) + ", expected " + url);
                }
                dependsOn(module, service, target, "service_healthy");
            }
        }
    }

    private void service(String module, ServiceConfig config, Map<String, Object> service, Map<String, Object> env,
                         Map<String, Object> services) {
        List<String> required = new ArrayList<>(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        if (config.usesIdNumberDigest()) {
            required.add("ID_NUMBER_DIGEST_KEY");
        } else if (env.containsKey("ID_NUMBER_DIGEST_KEY")) {
            problems.add(module + ": does not use ID-number digests; the key must not reach it");
        }
        for (String name : required) {
            if (!env.containsKey(name)) {
                problems.add(module + ": " + name + " is not set");
            }
        }
        String db = database(module);
        Matcher url = Pattern.compile("jdbc:postgresql://([a-z0-9-]+):5432/([a-z_]+)").matcher(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL")));
        if (!url.matches() || !url.group(1).equals(db)) {
            problems.add(module + ": QUARKUS_DATASOURCE_JDBC_URL must point at its own database " + db + ":5432");
        } else {
            Map<String, Object> pg = Yaml.map(services, db);
            Map<String, Object> pgEnv = Yaml.map(pg, "environment");
            if (!String.valueOf(pg.get("image")).startsWith("postgres:")) {
                problems.add(db + ": not a PostgreSQL image");
            }
            if (!url.group(2).equals(pgEnv.get("POSTGRES_DB"))) {
                problems.add(module + ": database " + url.group(2) + " but " + db + " creates " + pgEnv.get("POSTGRES_DB"));
            }
            if (!String.valueOf(env.get("QUARKUS_DATASOURCE_USERNAME")).equals(pgEnv.get("POSTGRES_USER"))) {
                problems.add(module + ": user " + env.get("QUARKUS_DATASOURCE_USERNAME") + " but " + db + " creates " + pgEnv.get("POSTGRES_USER"));
            }
            if (!String.valueOf(env.get("QUARKUS_DATASOURCE_PASSWORD")).equals(pgEnv.get("POSTGRES_PASSWORD"))) {
                problems.add(module + ": its password is not the one " + db + " is created with");
            }
            if (!mountTargets(pg).contains("/var/lib/postgresql/data")) {
                problems.add(db + ": its data directory is not on a volume");
            }
            if (!healthcheck(pg).contains("pg_isready")) {
                problems.add(db + ": the health check must be pg_isready");
            }
        }
        if (!advertised().contains(String.valueOf(env.get("KAFKA_BOOTSTRAP_SERVERS")))) {
            problems.add(module + ": KAFKA_BOOTSTRAP_SERVERS " + env.get("KAFKA_BOOTSTRAP_SERVERS") + " is not a listener the broker advertises " + advertised());
        }
        String key = String.valueOf(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        Set<String> secrets = Yaml.list(service, "secrets").stream().map(String::valueOf).collect(Collectors.toSet());
        if (!key.startsWith("/run/secrets/") || !secrets.contains(key.substring("/run/secrets/".length()))) {
            problems.add(module + ": MP_JWT_VERIFY_PUBLICKEY_LOCATION " + key + " is not a secret the service mounts " + secrets);
        }
        for (String secret : secrets) {
            if (!Yaml.map(compose, "secrets").containsKey(secret)) {
                problems.add(module + ": secret " + secret + " is not declared");
            }
        }
        dependsOn(module, service, db, "service_healthy");
        dependsOn(module, service, KAFKA, "service_healthy");
        dependsOn(module, service, TOPICS_JOB, "service_completed_successfully");
        long grace = seconds(String.valueOf(service.get("stop_grace_period")));
        long relay = Repository.relayShutdownSeconds();
        if (grace <= relay) {
            problems.add(module + ": stop_grace_period " + service.get("stop_grace_period") + " must be longer than the outbox relay's shutdown (" + relay + " s)");
        }
    }

    private void dependsOn(String who, Map<String, Object> service, String on, String condition) {
        Object c = Yaml.at(service, "depends_on", on, "condition");
        if (!condition.equals(c)) {
            problems.add(who + ": must depend on " + on + " with condition " + condition + " (has " + c + ")");
        }
    }

    /** Named volumes: every one used is declared, every one declared is used. */
    private void volumes(Map<String, Object> services) {
        Set<String> declared = Yaml.map(compose, "volumes").keySet();
        Set<String> used = new TreeSet<>();
        services.forEach((name, s) -> {
            for (Object v : Yaml.list(Yaml.asMap(s, name), "volumes")) {
                String source = String.valueOf(v).split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    used.add(source);
                    if (!declared.contains(source)) {
                        problems.add(name + ": volume " + source + " is not declared");
                    }
                }
            }
        });
        for (String v : declared) {
            if (!used.contains(v)) {
                problems.add("volume " + v + " is declared but no service uses it");
            }
        }
    }

    /** Every ${VAR} compose reads is explained in .env.example, and nothing there is unused. */
    private void variables() {
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("(?<!\\$)\\$\\{([A-Z0-9_]+)").matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> listed = new TreeSet<>();
        Matcher e = Pattern.compile("(?m)^([A-Z0-9_]+)=").matcher(envExample);
        while (e.find()) {
            listed.add(e.group(1));
        }
        if (!used.equals(listed)) {
            problems.add("the variables compose.yaml reads " + used + " differ from those .env.example lists " + listed);
        }
    }

    private static Set<String> mountTargets(Map<String, Object> service) {
        Set<String> targets = new TreeSet<>();
        for (Object v : Yaml.list(service, "volumes")) {
            String[] parts = String.valueOf(v).split(":");
            if (parts.length >= 2) {
                targets.add(parts[1]);
            }
        }
        return targets;
    }

    private static String healthcheck(Map<String, Object> service) {
        Object test = Yaml.at(service, "healthcheck", "test");
        return test instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(" ")) : String.valueOf(test);
    }

    private static long seconds(String duration) {
        Matcher m = Pattern.compile("([0-9]+)([sm])").matcher(duration);
        if (!m.matches()) {
            return 0;
        }
        return Long.parseLong(m.group(1)) * (m.group(2).equals("m") ? 60 : 1);
    }
}
