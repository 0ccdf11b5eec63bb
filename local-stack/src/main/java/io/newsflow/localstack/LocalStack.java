package io.newsflow.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole pipeline on one machine without Docker: Kafka and the Mongo-wire server in this JVM, the three
 * services and the operator console as child processes, {@code seeds/} registered as a directory source.
 * {@code --instances=2} (or {@code NEWSFLOW_INSTANCES=2}) runs two instances of ingest, enrich and publish, each pair
 * in one consumer group; the second instance of a service listens 10 ports above the first (8090, 8091, 8092).
 * Ctrl-C or SIGTERM stops everything.
 */
public final class LocalStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SEED_POLL_INTERVAL = Duration.ofSeconds(30);

    private final LocalStackSettings settings;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch stopped = new CountDownLatch(1);
    private LocalInfra infra;

    LocalStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = new LocalStack(LocalStackSettings.from(System.getenv(), args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("local stack failed to start: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("newsflow is up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        stack.loadSeeds();
        stack.printUrls();
        stack.stopped.await();
    }

    void start() {
        say("starting Kafka (KRaft) on 127.0.0.1:%d and the Mongo-wire server on 127.0.0.1:%d, data in %s",
                settings.kafkaPort(), settings.mongoPort(), settings.dataDir());
        infra = LocalInfra.durable(settings.dataDir(), settings.kafkaPort(), settings.controllerPort(),
                settings.mongoPort());
        Map<String, String> env = Map.of(
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers(),
                "NEWSFLOW_MONGODB_URI", infra.mongoUri(),
                "NEWSFLOW_INGEST_TOKEN", settings.ingestToken(),
                "NEWSFLOW_ADMIN_TOKEN", settings.adminToken(),
                "NEWSFLOW_PUBLIC_BASE_URL", "http://127.0.0.1:" + settings.publishPort(),
                "NEWSFLOW_PUBLISH_URL", "http://127.0.0.1:" + settings.publishPort(),
                // Webhook receivers on this machine are the point of a local stack; production allows none.
                "NEWSFLOW_PUSH_ALLOWED_HOSTS", "127.0.0.1,localhost");
        for (int n = 1; n <= settings.instances(); n++) {
            startService("ingest-service", n, settings.ingestPort(), env);
            startService("enrich-service", n, settings.enrichPort(), env);
            startService("publish-service", n, settings.publishPort(), env);
        }
        startService("operator-console", 1, settings.consolePort(), env);
        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitReady(READY_TIMEOUT);
            say("%s ready at %s (log: %s)", service.name(), service.baseUrl(), service.log());
        }
    }

    private void startService(String service, int number, int firstPort, Map<String, String> env) {
        String name = number == 1 ? service : service + "-" + number;
        Map<String, String> own = new HashMap<>(env);
        // a stable name per instance makes its consumers static group members, so a restarted instance gets its
        // partitions back at once
        own.put("NEWSFLOW_KAFKA_INSTANCE_ID", name + "-local");
        services.add(ServiceProcess.start(name, settings.jar(service), settings.port(firstPort, number), own,
                settings.dataDir().resolve("logs"), "384m"));
    }

    void loadSeeds() {
        String ingest = "http://127.0.0.1:" + settings.ingestPort();
        say("seeds: %s", new SeedLoader(ingest, settings.adminToken())
                .register(settings.home().resolve("seeds"), SEED_POLL_INTERVAL));
    }

    private void printUrls() {
        String publish = "http://127.0.0.1:" + settings.publishPort();
        String ingest = "http://127.0.0.1:" + settings.ingestPort();
        System.out.println();
        System.out.println("  最近更新 (JSON Feed)   " + publish + "/feeds/latest.json");
        System.out.println("  最近更新 (RSS / Atom)  " + publish + "/feeds/latest.rss  " + publish + "/feeds/latest.atom");
        System.out.println("  one article            " + publish + "/articles/{id}  (HTML in a browser, JSON otherwise)");
        System.out.println("  ingest a page          curl -H 'Authorization: Bearer <ingest token>' "
                + "-H 'Content-Type: text/plain' --data-binary @page.txt " + ingest + "/api/pages");
        System.out.println("  ingested article       " + ingest + "/api/articles/{id}");
        System.out.println("  sources (admin)        " + ingest + "/admin/sources");
        System.out.println("  ingest API (OpenAPI)   " + ingest + "/swagger-ui.html");
        System.out.println("  widgets                " + publish + "/widgets/latest.html  " + publish + "/widgets/newsflow.js");
        System.out.println("  operator console       http://127.0.0.1:" + settings.consolePort() + "/console  (log in with the admin token)");
        System.out.println("  enrich health          http://127.0.0.1:" + settings.enrichPort() + "/actuator/health");
        for (int n = 2; n <= settings.instances(); n++) {
            System.out.printf("  instance %d            publish %s, ingest %s, enrich %s%n", n,
                    "http://127.0.0.1:" + settings.port(settings.publishPort(), n),
                    "http://127.0.0.1:" + settings.port(settings.ingestPort(), n),
                    "http://127.0.0.1:" + settings.port(settings.enrichPort(), n));
        }
        System.out.println("  Kafka                  kcat -b " + infra.bootstrapServers()
                + " -C -t newsflow.articles.raw.v1 -o beginning -e");
        System.out.println("  MongoDB wire           " + infra.mongoUri());
        if (settings.ingestTokenGenerated()) {
            System.out.println("  ingest token           " + settings.ingestToken() + " (generated; set NEWSFLOW_INGEST_TOKEN to fix it)");
        }
        if (settings.adminTokenGenerated()) {
            System.out.println("  admin token            " + settings.adminToken() + " (generated; set NEWSFLOW_ADMIN_TOKEN to fix it)");
        }
        System.out.println();
        System.out.println("Ctrl-C stops every process.");
    }

    /** Services first (they flush to Kafka and Mongo), then Mongo (clean H2 close), then the broker. */
    void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        say("stopping");
        List<ServiceProcess> running = new ArrayList<>(services);
        Collections.reverse(running);
        running.forEach(ServiceProcess::stop);
        if (infra != null) {
            infra.close();
        }
        say("stopped");
        stopped.countDown();
    }

    private static void say(String format, Object... args) {
        System.out.println("[local-stack] " + String.format(format, args));
    }
}
