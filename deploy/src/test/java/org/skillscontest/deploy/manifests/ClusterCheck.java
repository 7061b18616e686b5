package org.skillscontest.deploy.manifests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.utils.AppInfoParser;
import org.skillscontest.contracts.Topic;

/**
 * Checks the cluster manifests in deploy/k8s: every document parses into its kind's model with no
 * unknown field (Kubernetes' kinds into fabric8's model, Strimzi's into its API model and against its
 * CRD's schema too, CloudNativePG's Cluster against its CRD's schema), and the documents agree with each
 * other and with the services' own configuration. Returns what is wrong, one line each.
 */
final class ClusterCheck {

    static final String NAMESPACE = "skills-contest";
    static final CrdSchema CNPG_CLUSTER = CrdSchema.load("/crds/postgresql.cnpg.io_clusters.yaml", "v1");
    /** Strimzi kinds whose CRD schema is vendored too: checked against the schema as well as the model. */
    static final CrdSchema KAFKA_TOPIC = CrdSchema.load("/crds/kafkatopics.kafka.strimzi.io.yaml", "v1beta2");
    static final CrdSchema KAFKA_NODE_POOL = CrdSchema.load("/crds/kafkanodepools.kafka.strimzi.io.yaml", "v1beta2");
    static final CrdSchema KAFKA = CrdSchema.load("/crds/kafkas.kafka.strimzi.io.yaml", "v1beta2");

    /** The kinds these manifests may use, each read into its model. */
    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class);

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Deployment> deployments = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, PodDisruptionBudget> budgets = new LinkedHashMap<>();
    private final Map<String, Kafka> kafkas = new LinkedHashMap<>();
    private final Map<String, KafkaNodePool> pools = new LinkedHashMap<>();
    private final Map<String, KafkaTopic> topics = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> databases = new LinkedHashMap<>();
    private final Set<String> namespaces = new TreeSet<>();

    /** The manifests by file name (kustomization.yaml among them). */
    static List<String> problems(Map<String, String> files) {
        ClusterCheck check = new ClusterCheck();
        check.run(files);
        return check.problems;
    }

    private void run(Map<String, String> files) {
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().equals("kustomization.yaml")) {
                List<Map<String, Object>> docs;
                try {
                    docs = Yaml.all(file.getValue());
                } catch (RuntimeException e) {
                    problems.add(file.getKey() + ": not YAML: " + e.getMessage());
                    continue;
                }
                for (int i = 0; i < docs.size(); i++) {
                    read(file.getKey() + "#" + (i + 1), docs.get(i));
                }
            }
        }
        if (!problems.isEmpty()) {
            return; // the cross-checks below read the models: only once every document is valid
        }
        kafka();
        topics();
        for (String module : ServiceConfig.MODULES) {
            module(module);
        }
        services();
        kustomization(files);
    }

    private void read(String where, Map<String, Object> doc) {
        String type = doc.get("apiVersion") + "/" + doc.get("kind");
        String name = Yaml.string(doc, "metadata", "name");
        where = where + " " + doc.get("kind") + " " + name;
        String ns = Yaml.string(doc, "metadata", "namespace");
        if (doc.get("kind") != null && doc.get("kind").equals("Namespace")) {
            namespaces.add(name);
        } else if (!NAMESPACE.equals(ns)) {
            problems.add(where + ": namespace " + ns + ", expected " + NAMESPACE);
        }
        if (type.equals(CNPG_CLUSTER.apiVersion() + "/" + CNPG_CLUSTER.kind())) {
            List<String> refused = CNPG_CLUSTER.problems(where, doc);
            problems.addAll(refused);
            if (refused.isEmpty()) {
                databases.put(name, doc);
            }
            return;
        }
        Class<?> model = MODELS.get(type);
        if (model == null) {
            problems.add(where + ": unknown kind " + type + " (known: " + new TreeSet<>(MODELS.keySet()) + " and CloudNativePG's Cluster)");
            return;
        }
        List<String> refused = new ArrayList<>(StrictModel.problems(where, doc, model));
        for (CrdSchema crd : List.of(KAFKA_TOPIC, KAFKA_NODE_POOL, KAFKA)) {
            if (type.equals(crd.apiVersion() + "/" + crd.kind())) {
                refused.addAll(crd.problems(where, doc));
            }
        }
        problems.addAll(refused);
        if (!refused.isEmpty()) {
            return;
        }
        Object parsed = StrictModel.read(doc, model);
        if (parsed instanceof Deployment d) {
            deployments.put(name, d);
        } else if (parsed instanceof Service s) {
            services.put(name, s);
        } else if (parsed instanceof PodDisruptionBudget b) {
            budgets.put(name, b);
        } else if (parsed instanceof Kafka k) {
            kafkas.put(name, k);
        } else if (parsed instanceof KafkaNodePool p) {
            pools.put(name, p);
        } else if (parsed instanceof KafkaTopic t) {
            topics.put(name, t);
        }
    }

    private void kafka() {
        if (kafkas.size() != 1) {
            problems.add("expected one Kafka cluster, found " + kafkas.keySet());
            return;
        }
        Kafka kafka = kafkas.values().iterator().next();
        String release = AppInfoParser.getVersion();
        if (!release.equals(kafka.getSpec().getKafka().getVersion())) {
            problems.add("Kafka " + name(kafka) + ": version " + kafka.getSpec().getKafka().getVersion() + " is not the services' kafka-clients release " + release);
        }
        int nodes = 0;
        Set<ProcessRoles> roles = new TreeSet<>();
        for (KafkaNodePool pool : pools.values()) {
            if (!name(kafka).equals(pool.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                problems.add("KafkaNodePool " + pool.getMetadata().getName() + ": its strimzi.io/cluster label does not name " + name(kafka));
            }
            roles.addAll(pool.getSpec().getRoles());
            if (pool.getSpec().getRoles().contains(ProcessRoles.BROKER)) {
                nodes += pool.getSpec().getReplicas();
            }
        }
        if (!roles.containsAll(Set.of(ProcessRoles.BROKER, ProcessRoles.CONTROLLER))) {
            problems.add("the node pools must hold KRaft controllers and brokers, hold " + roles);
        }
        Object minIsr = kafka.getSpec().getKafka().getConfig().get("min.insync.replicas");
        if (nodes < 3 || minIsr == null || Integer.parseInt(minIsr.toString()) < 2) {
            problems.add("Kafka " + name(kafka) + ": needs at least 3 brokers and min.insync.replicas >= 2 (acks=all survives a broker), has " + nodes + " and " + minIsr);
        }
    }

    private void topics() {
        Set<String> names = new TreeSet<>();
        String cluster = kafkas.keySet().stream().findFirst().orElse("?");
        int brokers = pools.values().stream().filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER)).mapToInt(p -> p.getSpec().getReplicas()).sum();
        for (KafkaTopic t : topics.values()) {
            String topic = Optional.ofNullable(t.getSpec().getTopicName()).orElse(t.getMetadata().getName());
            names.add(topic);
            String where = "KafkaTopic " + t.getMetadata().getName();
            if (!cluster.equals(t.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                problems.add(where + ": its strimzi.io/cluster label does not name " + cluster);
            }
            if (t.getSpec().getReplicas() == null || t.getSpec().getReplicas() > brokers || t.getSpec().getPartitions() == null) {
                problems.add(where + ": needs partitions and at most " + brokers + " replicas");
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Topic t : Topic.values()) {
            expected.add(t.topicName());
            expected.add(t.deadLetterTopic());
        }
        if (!names.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(names);
            Set<String> extra = new TreeSet<>(names);
            extra.removeAll(expected);
            problems.add("KafkaTopics differ from the contract's topics and their .dlq: missing " + missing + ", not in the contract " + extra);
        }
        for (String module : ServiceConfig.SERVICES) {
            for (String topic : ServiceConfig.of(module).consumedTopics()) {
                if (!names.contains(topic)) {
                    problems.add(module + " consumes " + topic + ", which has no KafkaTopic");
                }
            }
        }
    }

    private void module(String module) {
        Deployment d = deployments.get(module);
        if (d == null) {
            problems.add("no Deployment " + module);
            return;
        }
        ServiceConfig config = ServiceConfig.of(module);
        String where = "Deployment " + module;
        var spec = d.getSpec();
        var pod = spec.getTemplate().getSpec();
        if (!labelsMatch(spec.getSelector().getMatchLabels(), spec.getTemplate().getMetadata().getLabels())) {
            problems.add(where + ": its selector does not select its own pods");
        }
        if (spec.getReplicas() == null || spec.getReplicas() < 2) {
            problems.add(where + ": needs 2 or more replicas (any number is safe; one is an outage on every restart)");
        }
        if (pod.getContainers().size() != 1) {
            problems.add(where + ": expected one container");
            return;
        }
        Container c = pod.getContainers().get(0);
        String image = "skillscontest/" + module + ":" + Repository.projectVersion();
        if (!image.equals(c.getImage())) {
            problems.add(where + ": image " + c.getImage() + ", expected " + image);
        }
        int port = config.httpPort();
        if (c.getPorts().stream().noneMatch(p -> p.getContainerPort() == port && "http".equals(p.getName()))) {
            problems.add(where + ": no container port http = " + port + " (its quarkus.http.port)");
        }
        probe(where + " readinessProbe", c.getReadinessProbe(), "/q/health/ready", c, port);
        probe(where + " livenessProbe", c.getLivenessProbe(), "/q/health/live", c, port);
        if (c.getStartupProbe() != null) {
            probe(where + " startupProbe", c.getStartupProbe(), "/q/health/started", c, port);
        }
        if (c.getResources() == null || c.getResources().getRequests() == null || c.getResources().getLimits() == null
                || !c.getResources().getRequests().containsKey("cpu") || !c.getResources().getRequests().containsKey("memory")
                || !c.getResources().getLimits().containsKey("memory")) {
            problems.add(where + ": needs cpu and memory requests and a memory limit");
        }
        long preStop = c.getLifecycle() != null && c.getLifecycle().getPreStop() != null && c.getLifecycle().getPreStop().getSleep() != null
                ? c.getLifecycle().getPreStop().getSleep().getSeconds() : 0;
        long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
        if (ServiceConfig.SERVICES.contains(module)) {
            long relay = Repository.relayShutdownSeconds();
            if (grace <= preStop + relay) {
                problems.add(where + ": terminationGracePeriodSeconds " + grace + " must exceed the preStop pause (" + preStop
                        + " s) plus the outbox relay's shutdown (" + relay + " s)");
            }
        } else if (grace <= preStop) {
            problems.add(where + ": terminationGracePeriodSeconds must exceed the preStop pause");
        }
        Map<String, EnvVar> env = new LinkedHashMap<>();
        for (EnvVar e : c.getEnv()) {
            if (env.put(e.getName(), e) != null) {
                problems.add(where + ": " + e.getName() + " set twice");
            }
            if (!config.reads(e.getName())) {
                problems.add(where + ": sets " + e.getName() + ", which no property the module reads maps to");
            }
        }
        mounts(where, c, pod.getVolumes());
        if (ServiceConfig.SERVICES.contains(module)) {
            serviceEnv(where, module, config, env, c, pod.getVolumes());
        } else {
            for (Map.Entry<String, String> client : config.restClients().entrySet()) {
                String name = ServiceConfig.envName("quarkus.rest-client." + client.getKey() + ".url");
                String target = ServiceConfig.moduleNamed(client.getKey());
                String url = "http://" + target + ":" + ServiceConfig.of(target).httpPort();
                if (env.get(name) == null || !url.equals(env.get(name).getValue())) {
                    problems.add(where + ": " + name + " must be " + url + " (the Service of " + target + ")");
                }
            }
        }
        PodDisruptionBudget pdb = budgets.get(module);
        if (pdb == null || !labelsMatch(pdb.getSpec().getSelector().getMatchLabels(), spec.getTemplate().getMetadata().getLabels())
                || pdb.getSpec().getMaxUnavailable() == null && pdb.getSpec().getMinAvailable() == null) {
            problems.add(where + ": needs a PodDisruptionBudget " + module + " selecting its pods with maxUnavailable or minAvailable");
        }
    }

    private void serviceEnv(String where, String module, ServiceConfig config, Map<String, EnvVar> env, Container c, List<Volume> volumes) {
        List<String> required = new ArrayList<>(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        if (config.usesIdNumberDigest()) {
            required.add("ID_NUMBER_DIGEST_KEY");
        } else if (env.containsKey("ID_NUMBER_DIGEST_KEY")) {
            problems.add(where + ": does not use ID-number digests; the key must not reach it");
        }
        for (String name : required) {
            if (!env.containsKey(name)) {
                problems.add(where + ": " + name + " is not set");
                return;
            }
        }
        String cluster = ComposeCheck.database(module);
        Map<String, Object> db = databases.get(cluster);
        if (db == null) {
            problems.add(where + ": no CloudNativePG Cluster " + cluster);
            return;
        }
        String database = Yaml.string(db, "spec", "bootstrap", "initdb", "database");
        String url = "jdbc:postgresql://" + cluster + "-rw:5432/" + database;
        if (!url.equals(env.get("QUARKUS_DATASOURCE_JDBC_URL").getValue())) {
            problems.add(where + ": QUARKUS_DATASOURCE_JDBC_URL must be " + url + " (the primary of its own cluster)");
        }
        for (String[] secret : List.of(new String[] {"QUARKUS_DATASOURCE_USERNAME", "username"}, new String[] {"QUARKUS_DATASOURCE_PASSWORD", "password"})) {
            var ref = env.get(secret[0]).getValueFrom() == null ? null : env.get(secret[0]).getValueFrom().getSecretKeyRef();
            if (ref == null || !(cluster + "-app").equals(ref.getName()) || !secret[1].equals(ref.getKey())) {
                problems.add(where + ": " + secret[0] + " must come from the secret " + cluster + "-app (key " + secret[1] + ") that CloudNativePG makes");
            }
        }
        Kafka kafka = kafkas.values().iterator().next();
        String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS").getValue();
        Optional<GenericKafkaListener> listener = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> bootstrap.equals(name(kafka) + "-kafka-bootstrap:" + l.getPort())).findFirst();
        if (listener.isEmpty()) {
            problems.add(where + ": KAFKA_BOOTSTRAP_SERVERS " + bootstrap + " is not a listener of " + name(kafka) + " (<cluster>-kafka-bootstrap:<port>)");
        } else if (listener.get().isTls()) {
            String protocol = env.containsKey("KAFKA_SECURITY_PROTOCOL") ? env.get("KAFKA_SECURITY_PROTOCOL").getValue() : null;
            String truststore = env.containsKey("KAFKA_SSL_TRUSTSTORE_LOCATION") ? env.get("KAFKA_SSL_TRUSTSTORE_LOCATION").getValue() : "";
            if (!"SSL".equals(protocol) || !mountedFrom(c, volumes, truststore, name(kafka) + "-cluster-ca-cert")) {
                problems.add(where + ": the listener is TLS: needs KAFKA_SECURITY_PROTOCOL=SSL and KAFKA_SSL_TRUSTSTORE_LOCATION in a mount of the secret "
                        + name(kafka) + "-cluster-ca-cert");
            }
        }
        String key = env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").getValue();
        if (key == null || c.getVolumeMounts().stream().noneMatch(m -> key.startsWith(m.getMountPath() + "/"))) {
            problems.add(where + ": MP_JWT_VERIFY_PUBLICKEY_LOCATION " + key + " is not in a mounted volume");
        }
    }

    private static boolean mountedFrom(Container c, List<Volume> volumes, String file, String secret) {
        for (VolumeMount m : c.getVolumeMounts()) {
            if (file.startsWith(m.getMountPath() + "/")) {
                return volumes.stream().anyMatch(v -> v.getName().equals(m.getName()) && v.getSecret() != null && secret.equals(v.getSecret().getSecretName()));
            }
        }
        return false;
    }

    private void mounts(String where, Container c, List<Volume> volumes) {
        Set<String> declared = new TreeSet<>();
        volumes.forEach(v -> declared.add(v.getName()));
        Set<String> mounted = new TreeSet<>();
        c.getVolumeMounts().forEach(m -> mounted.add(m.getName()));
        if (!declared.equals(mounted)) {
            problems.add(where + ": volumes " + declared + " and mounts " + mounted + " differ");
        }
    }

    private void probe(String where, Probe probe, String path, Container c, int port) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(where + ": missing (httpGet " + path + ")");
            return;
        }
        var get = probe.getHttpGet();
        Object p = get.getPort().getIntVal() != null ? get.getPort().getIntVal() : get.getPort().getStrVal();
        boolean portOk = Objects.equals(p, port) || c.getPorts().stream().anyMatch(cp -> cp.getName() != null && cp.getName().equals(p) && cp.getContainerPort() == port);
        if (!path.equals(get.getPath()) || !portOk) {
            problems.add(where + ": must ask " + path + " on port " + port + ", asks " + get.getPath() + " on " + p);
        }
    }

    private void services() {
        for (Service s : services.values()) {
            String where = "Service " + s.getMetadata().getName();
            Deployment d = deployments.values().stream()
                    .filter(x -> labelsMatch(s.getSpec().getSelector(), x.getSpec().getTemplate().getMetadata().getLabels())).findFirst().orElse(null);
            if (d == null) {
                problems.add(where + ": selects no Deployment's pods");
                continue;
            }
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (var port : s.getSpec().getPorts()) {
                var target = port.getTargetPort();
                boolean ok = target.getIntVal() != null
                        ? c.getPorts().stream().anyMatch(cp -> cp.getContainerPort().equals(target.getIntVal()))
                        : c.getPorts().stream().anyMatch(cp -> target.getStrVal().equals(cp.getName()));
                if (!ok || !port.getPort().equals(c.getPorts().get(0).getContainerPort())) {
                    problems.add(where + ": port " + port.getPort() + " -> " + target + " is not the container's port");
                }
            }
        }
        for (String module : ServiceConfig.MODULES) {
            if (!services.containsKey(module)) {
                problems.add("no Service " + module);
            }
        }
        if (!namespaces.contains(NAMESPACE)) {
            problems.add("no Namespace " + NAMESPACE);
        }
    }

    private void kustomization(Map<String, String> files) {
        String text = files.get("kustomization.yaml");
        if (text == null) {
            problems.add("no kustomization.yaml");
            return;
        }
        Map<String, Object> k = Yaml.one(text);
        Set<String> listed = new TreeSet<>(Yaml.list(k, "resources").stream().map(String::valueOf).toList());
        Set<String> present = new TreeSet<>(files.keySet());
        present.remove("kustomization.yaml");
        if (!listed.equals(present)) {
            problems.add("kustomization.yaml lists " + listed + ", the folder has " + present);
        }
        if (!NAMESPACE.equals(k.get("namespace"))) {
            problems.add("kustomization.yaml: namespace must be " + NAMESPACE);
        }
        Set<String> scaled = new TreeSet<>();
        for (Object r : Yaml.list(k, "replicas")) {
            Map<String, Object> replica = Yaml.asMap(r, "replicas");
            String name = String.valueOf(replica.get("name"));
            scaled.add(name);
            Deployment d = deployments.get(name);
            if (d != null && !Objects.equals(d.getSpec().getReplicas(), replica.get("count"))) {
                problems.add("kustomization.yaml: " + name + " count " + replica.get("count") + " differs from the Deployment's replicas " + d.getSpec().getReplicas());
            }
        }
        if (!scaled.equals(deployments.keySet().stream().collect(java.util.stream.Collectors.toCollection(TreeSet::new)))) {
            problems.add("kustomization.yaml: replicas name " + scaled + ", the Deployments are " + deployments.keySet());
        }
        Set<String> images = new TreeSet<>();
        for (Object i : Yaml.list(k, "images")) {
            images.add(String.valueOf(Yaml.asMap(i, "images").get("name")));
        }
        Set<String> used = new TreeSet<>();
        deployments.values().forEach(d -> used.add(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage().split(":")[0]));
        if (!images.equals(used)) {
            problems.add("kustomization.yaml: images " + images + " differ from the images the Deployments run " + used);
        }
    }

    private static boolean labelsMatch(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    private static String name(Kafka kafka) {
        return kafka.getMetadata().getName();
    }
}
