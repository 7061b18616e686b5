package org.skillscontest.deploy;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.skillscontest.deploy.bench.RegistrationBenchmark;
import org.skillscontest.deploy.bench.ScoringBenchmark;
import org.skillscontest.deploy.bench.national.NationalBenchmark;
import org.skillscontest.deploy.bench.national.Shape;
import org.skillscontest.deploy.demo.Report;
import org.skillscontest.deploy.dlq.DeadLetterCommand;
import org.skillscontest.deploy.faults.FaultSuite;
import org.skillscontest.deploy.faults.FaultTable;
import org.skillscontest.deploy.demo.SeedScenario;
import org.skillscontest.deploy.demo.TopicAudit;
import org.skillscontest.deploy.stack.Keys;
import org.skillscontest.deploy.stack.LocalStack;
import org.skillscontest.deploy.stack.ServiceProcess;
import org.skillscontest.deploy.stack.StackSettings;
import org.skillscontest.deploy.stack.TraceCollector;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;

/** {@code ./pipeline up | down | demo | token}: the local stack's commands (see README). */
public final class Pipeline {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private Pipeline() {
    }

    public static void main(String[] args) {
        Path repository = Path.of(System.getProperty("pipeline.repository", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> up(repository, Arrays.asList(args).subList(1, args.length));
                case "down" -> down(repository);
                case "demo" -> demo(repository, Arrays.asList(args).subList(1, args.length));
                case "token" -> token(repository, Arrays.asList(args).subList(1, args.length));
                case "faults" -> {
                    // the suite kills Kafka nodes on purpose: a warning per connection attempt to a dead node says nothing
                    System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.clients.NetworkClient", "error");
                    faults(repository, Arrays.asList(args).subList(1, args.length));
                }
                case "dlq" -> dlq(repository, Arrays.asList(args).subList(1, args.length));
                case "benchmark" -> benchmark(repository, Arrays.asList(args).subList(1, args.length));
                default -> help();
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("pipeline " + command + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** {@code up [--brokers N] [--instances M]}: N Kafka nodes in one cluster, M processes of each service. */
    private static void up(Path repository, List<String> args) {
        StackSettings.Scale scale = scale(args, StackSettings.Scale.SINGLE);
        LocalStack running = new LocalStack(StackSettings.lastStarted(repository));
        if (running.anyRunning() && !running.settings().scale().equals(scale)) {
            throw new IllegalStateException("a stack of " + running.settings().scale().brokers() + " broker(s) and "
                    + running.settings().scale().instances() + " instance(s) per service is up: ./pipeline down first");
        }
        LocalStack stack = new LocalStack(StackSettings.defaults(repository, false, scale));
        stack.start(line -> OUT.println("  " + line));
        stack.startConsole(line -> OUT.println("  " + line));
        OUT.println();
        OUT.println("The stack is up:");
        OUT.printf("  %-15s %s   (sign in: pick a role; a federation by its code, a judge by the id on the panel)%n",
                "console", stack.console().url());
        for (ServiceProcess s : stack.allInstances()) {
            OUT.printf("  %-15s %s   (Swagger UI %s/q/swagger-ui, health %s/q/health)%n", s.name(), s.url(), s.url(), s.url());
        }
        OUT.printf("  %-15s %s%s%n", "kafka", stack.bootstrapServers(), scale.brokers() == 1 ? ""
                : "   (" + scale.brokers() + " nodes, replication 3, min.insync.replicas 2)");
        OUT.printf("  %-15s %s%n", "postgresql", stack.describePostgres());
        OUT.println("Tokens: ./pipeline token --role organizer   Logs: deploy/.stack/logs   Stop: ./pipeline down");
    }

    private static StackSettings.Scale scale(List<String> args, StackSettings.Scale otherwise) {
        String brokers = option(args, "--brokers");
        String instances = option(args, "--instances");
        return new StackSettings.Scale(brokers == null ? otherwise.brokers() : Integer.parseInt(brokers),
                instances == null ? otherwise.instances() : Integer.parseInt(instances));
    }

    /** Stops whatever {@code up} started, at any scale. */
    private static void down(Path repository) {
        LocalStack stack = new LocalStack(StackSettings.lastStarted(repository));
        stack.stop();
        OUT.println("The stack is down.");
    }

    /** {@code demo [--traces]}: the seed scenario on a fresh stack of its own; with traces, the hero's journey as one trace. */
    private static void demo(Path repository, List<String> args) {
        StackSettings settings = StackSettings.forOwnRun(repository);
        LocalStack stack = new LocalStack(settings);
        long t0 = System.nanoTime();
        OUT.println("职工职业技能大赛 demo: Karamay and Urumqi (city) → Xinjiang (provincial) → national final");
        if (!settings.onDefaultPorts()) {
            OUT.println("  (the local ports are taken, by ./pipeline up or another program: this demo runs on free ports)");
        }
        TraceCollector traces = args.contains("--traces")
                ? TraceCollector.start(settings.stateDir().resolve("traces.jsonl")) : null;
        if (traces != null) {
            stack.exportTracesTo(traces);
        }
        Thread stopper = new Thread(stack::stop);
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            stack.start(line -> OUT.println("  [stack] " + line));
            SeedScenario.Urls urls = new SeedScenario.Urls(stack.url("registration"), stack.url("scoring"), stack.url("ranking"));
            String hero = new SeedScenario(urls, stack.keys(), SeedScenario.Size.demo(), line -> OUT.println("  " + line))
                    .withPreliminary(SeedScenario.PRELIMINARY_ENTRANTS).withStatusChanges().run();
            TopicAudit.Result audit = TopicAudit.read(stack.bootstrapServers());
            new Report(urls, stack.keys(), OUT).print(hero, audit);
            if (traces != null) {
                showJourney(traces, audit, hero, repository);
            }
            OUT.printf("%nDemo finished in %.0f s. Logs: %s%n", (System.nanoTime() - t0) / 1e9, repository.relativize(
                    stack.logs().get("registration").getParent()));
            if (audit.doubledFacts() > 0) {
                throw new IllegalStateException(audit.doubledFacts() + " fact(s) were published under more than one event id");
            }
        } finally {
            OUT.println("Stopping the stack…");
            stack.stop();
            Runtime.getRuntime().removeShutdownHook(stopper);
            if (traces != null) {
                traces.close();
            }
        }
    }

    /** The hero's pathway as the services traced it: one trace from the city intake to the national final. */
    private static void showJourney(TraceCollector traces, TopicAudit.Result audit, String hero, Path repository) {
        String trace = audit.of(Topic.ENTRANT_PROMOTED).stream().filter(r -> r.key().equals(hero))
                .map(TraceCollector::traceId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (trace == null) {
            OUT.println("  (the hero's promotion carries no trace context)");
            return;
        }
        Api.await("the hero's journey exported", Duration.ofSeconds(30), Duration.ofMillis(500),
                () -> traces.trace(trace).stream().anyMatch(s -> s.name().equals("promote entrant")));
        OUT.println();
        OUT.println("追踪 the hero's journey as one trace (all spans: " + repository.relativize(traces.file()) + ")");
        OUT.print(traces.describe(trace));
    }

    /**
     * On a fresh stack (see README): {@code benchmark [registration]} registration throughput over REST
     * against plain batched JDBC; {@code benchmark scoring} marks through the API against plain batched
     * JDBC, and the lock's way to results on Kafka and to ranking.
     */
    private static void benchmark(Path repository, List<String> args) {
        String which = args.isEmpty() || args.get(0).startsWith("--") ? "registration" : args.get(0);
        if (which.equals("national")) {
            national(repository, args);
            return;
        }
        if (!which.equals("registration") && !which.equals("scoring")) {
            throw new IllegalArgumentException("usage: ./pipeline benchmark [registration|scoring|national] [--entrants N] [--scale S]");
        }
        String count = option(args, "--entrants");
        LocalStack stack = new LocalStack(StackSettings.defaults(repository, true));
        if (stack.anyRunning()) {
            throw new IllegalStateException("a stack is up already; the benchmark starts a fresh one: run ./pipeline down first");
        }
        Thread stopper = new Thread(stack::stop);
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            stack.start(line -> OUT.println("  [stack] " + line));
            if (which.equals("scoring")) {
                ScoringBenchmark bench = new ScoringBenchmark(stack, OUT);
                bench.report(bench.run(count == null ? 2_000 : Integer.parseInt(count)));
            } else {
                RegistrationBenchmark bench = new RegistrationBenchmark(stack, repository, OUT);
                String clients = option(args, "--clients");
                String warmUp = option(args, "--warm-up");
                bench.report(bench.run(count == null ? 100_000 : Integer.parseInt(count), clients == null ? 1 : Integer.parseInt(clients),
                        warmUp == null ? RegistrationBenchmark.DEFAULT_WARM_UP : Integer.parseInt(warmUp),
                        args.contains("--with-subscribers")));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the JDBC baseline failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            stack.stop();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
    }

    /**
     * {@code benchmark national [--scale S] [--clients C]}: the synthetic three-level competition on a fresh
     * stack (README, Benchmarks); the report goes to deploy/benchmark-runs/national-<time>/ as well.
     */
    private static void national(Path repository, List<String> args) {
        String scale = option(args, "--scale");
        String clients = option(args, "--clients");
        Shape shape = scale == null ? Shape.NATIONAL : Shape.scaled(Double.parseDouble(scale));
        LocalStack stack = new LocalStack(StackSettings.defaults(repository, true));
        if (stack.anyRunning()) {
            throw new IllegalStateException("a stack is up already; the benchmark starts a fresh one: run ./pipeline down first");
        }
        Path gcLogs = stack.settings().stateDir().resolve("logs");
        stack.allInstances().forEach(s -> s.addJavaOptions(List.of("-Xlog:gc:file=" + gcLogs.resolve("{service}-gc.log"))));
        Path dir = repository.resolve("deploy/benchmark-runs").resolve("national-" + java.time.LocalDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Thread stopper = new Thread(stack::stop);
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            OUT.printf("全国规模基准 national benchmark: %s, %s clients%n", shape, clients == null ? "8" : clients);
            stack.start(line -> OUT.println("  [stack] " + line));
            NationalBenchmark.measure(stack, repository, shape, clients == null ? 8 : Integer.parseInt(clients), gcLogs, dir, OUT);
        } finally {
            stack.stop();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
    }

    /**
     * {@code faults [--entrants N] [--brokers B] [--instances M]}: on a fresh scaled-out stack of its own (3 brokers,
     * 2 instances by default; default ports when free), the three levels under load with every fault, then the table.
     */
    private static void faults(Path repository, List<String> args) {
        String entrants = option(args, "--entrants");
        StackSettings.Scale scale = scale(args, new StackSettings.Scale(3, 2));
        if (scale.instances() < 2) {
            throw new IllegalArgumentException("the fault suite crashes the instances in turn: it needs --instances 2 or more");
        }
        FaultSuite.Plan plan = FaultSuite.Plan.full(entrants == null ? 3_000 : Integer.parseInt(entrants));
        if (scale.brokers() < 3) {
            plan = new FaultSuite.Plan(plan.perCityEvent(), plan.nationalDirect(), plan.crashesAfterIntake(), plan.crashesAfterCityLock(),
                    false, plan.databasePause(), plan.pauseDuringIntake(), plan.poison(), plan.replay(), plan.patience()); // with fewer than 3 brokers a lost broker loses data
        }
        StackSettings settings = StackSettings.forOwnRun(repository, scale);
        if (!settings.ownsPostgres()) {
            throw new IllegalStateException("the fault suite stops PostgreSQL: unset PIPELINE_POSTGRES_URL so that it runs a private cluster");
        }
        LocalStack stack = new LocalStack(settings);
        Thread stopper = new Thread(stack::stop);
        Runtime.getRuntime().addShutdownHook(stopper);
        boolean passed;
        long t0 = System.nanoTime();
        try {
            OUT.println("Fault suite: " + scale.brokers() + " Kafka node(s), " + scale.instances() + " instances of each service"
                    + (settings.onDefaultPorts() ? "" : " (on free ports)"));
            stack.start(line -> OUT.println("  [stack] " + line));
            FaultTable table = new FaultSuite(stack, plan, line -> OUT.println("  " + line)).run();
            OUT.println();
            table.print(OUT);
            passed = table.passed();
            OUT.printf("Fault suite finished in %.0f s. Logs: %s%n", (System.nanoTime() - t0) / 1e9,
                    stack.logs().values().iterator().next().getParent());
        } finally {
            OUT.println("Stopping the stack…");
            stack.stop();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        if (!passed) {
            System.exit(2);
        }
    }

    /** {@code dlq list [TOPIC]} and {@code dlq replay TOPIC [--id ID]}, on the stack's Kafka or {@code --bootstrap}. */
    private static void dlq(Path repository, List<String> args) {
        String usage = "usage: ./pipeline dlq list [TOPIC] | ./pipeline dlq replay TOPIC [--id CE_ID]  [--bootstrap HOST:PORT]";
        String bootstrap = option(args, "--bootstrap");
        if (bootstrap == null) {
            bootstrap = new LocalStack(StackSettings.lastStarted(repository)).bootstrapServers();
        }
        List<String> positional = positional(args, "--bootstrap", "--id");
        DeadLetterCommand command = new DeadLetterCommand(bootstrap, OUT);
        String verb = positional.isEmpty() ? "" : positional.get(0);
        switch (verb) {
            case "list" -> command.list(positional.size() > 1 ? positional.get(1) : null);
            case "replay" -> {
                if (positional.size() < 2) {
                    throw new IllegalArgumentException(usage);
                }
                command.replay(positional.get(1), option(args, "--id"));
            }
            default -> throw new IllegalArgumentException(usage);
        }
    }

    /** The arguments that are neither options nor their values. */
    private static List<String> positional(List<String> args, String... optionsWithValues) {
        List<String> options = List.of(optionsWithValues);
        java.util.ArrayList<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (options.contains(args.get(i))) {
                i++;
            } else {
                rest.add(args.get(i));
            }
        }
        return rest;
    }

    private static void token(Path repository, List<String> args) {
        String role = option(args, "--role");
        if (role == null) {
            throw new IllegalArgumentException("usage: ./pipeline token --role organizer|federation|judge|chief-judge|auditor "
                    + "[--federation CODE] [--subject ID]");
        }
        if (role.equals("federation") && option(args, "--federation") == null) {
            throw new IllegalArgumentException("a federation token needs --federation CODE");
        }
        Keys keys = Keys.in(StackSettings.defaults(repository, false).stateDir().resolve("keys"));
        OUT.println(keys.token(role, option(args, "--federation"), option(args, "--subject"), Duration.ofHours(12)));
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    private static void help() {
        OUT.println("""
                usage: ./pipeline COMMAND
                  demo    [--traces]  build if needed, start a fresh stack, run the seed scenario (city → provincial → national),
                          print podiums, promotions and one entrant's pathway, and stop; with --traces the services export
                          their traces by OTLP to a local collector (the stack's traces.jsonl) and the pathway is shown as one trace
                  up      [--brokers N] [--instances M]  start the local stack (Kafka, PostgreSQL, the three services, the console) and
                          print their URLs; N Kafka nodes in one KRaft cluster (3: replication 3, min.insync.replicas 2),
                          M processes of each service in one consumer group (default 1 and 1)
                  down    stop the local stack, whatever its size
                  faults [--entrants N]   on a fresh stack of 3 brokers and 2 instances per service, the three levels
                          under load (default 3,000 entrants) while instances, a broker and PostgreSQL fail, with poison and a
                          replay of every topic; prints lost | doubled | out of order | DLQ vs poison per fault (exit 2 unless clean)
                  dlq list [TOPIC]   what is on the dead-letter topics (<topic>.dlq; all by default) and why
                  dlq replay TOPIC [--id CE_ID]   send a dead-letter topic's records (or the one with that ce_id) back to
                          the topic they came from, unchanged but for the dead-letter headers   (both: [--bootstrap HOST:PORT])
                  token   --role R [--federation CODE] [--subject ID]: print a bearer token the local stack accepts
                  benchmark [registration] [--entrants N] [--clients C] [--warm-up W] [--with-subscribers]  bulk registration
                                                          over REST against plain batched JDBC (default 100,000 entrants,
                                                          1 client, 50,000 rows warm-up, registration alone)
                  benchmark scoring [--entrants N]  marks over REST against batched JDBC; lock → results → ranking (default 2,000)
                  benchmark national [--scale S] [--clients C]  the synthetic national competition (30 provinces × 4 cities × 20 events,
                                                          100,000 entrants at scale 1) through three levels, every stage against its
                                                          baseline; report, CSV and SVG in deploy/benchmark-runs/""");
    }
}
