package io.newsflow.bench;

import io.newsflow.localstack.FreePorts;
import io.newsflow.localstack.KafkaBroker;
import io.newsflow.localstack.MongoWireServer;
import io.newsflow.localstack.ServiceProcess;
import io.newsflow.localstack.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline as the local stack runs it (broker and Mongo-wire server in this JVM, H2 file; ingest, enrich and
 * publish as separate processes), but with every part under control: a service can be killed with SIGKILL and
 * started again, the broker stopped and started again on the same log and port.
 */
final class Cluster implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "publish-service");
    private static final Duration READY = Duration.ofSeconds(180);

    private final Path home;
    private final Path dataDir;
    private final List<String> jvmOptions;
    private final int kafkaPort = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final int mongoPort = FreePorts.next();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final String ingestToken = "bench-ingest-token";
    private final String adminToken = "bench-admin-token";
    private final MongoWireServer mongo;
    private KafkaBroker kafka;

    private Cluster(Path home, Path dataDir, List<String> jvmOptions, boolean mongoInMemory) {
        this.home = home;
        this.dataDir = dataDir;
        this.jvmOptions = jvmOptions;
        SERVICES.forEach(name -> ports.put(name, FreePorts.next()));
        mongo = mongoInMemory ? MongoWireServer.inMemory(mongoPort)
                : MongoWireServer.fileBacked(dataDir.resolve("mongo").resolve("newsflow.mv"), mongoPort);
        kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
        Topology.create(kafka.bootstrapServers());
    }

    /**
     * Starts the broker, the Mongo-wire server and the three services and waits until all are ready.
     *
     * @param home the repository root (for the services' jars)
     * @param heap maximum heap of each service
     */
    static Cluster start(Path home, Path dataDir, String heap) {
        return start(home, dataDir, heap, false);
    }

    /** The same with the Mongo-wire server in memory instead of on its H2 file, to see what the file store costs. */
    static Cluster start(Path home, Path dataDir, String heap, boolean mongoInMemory) {
        Cluster cluster = new Cluster(home, dataDir,
                List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"), mongoInMemory);
        try {
            SERVICES.forEach(cluster::launch);
            SERVICES.forEach(cluster::awaitReady);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    String ingestUrl() {
        return url("ingest-service");
    }

    String publishUrl() {
        return url("publish-service");
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String mongoUri() {
        return mongo.connectionString();
    }

    String ingestToken() {
        return ingestToken;
    }

    String adminToken() {
        return adminToken;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill(String service) {
        ServiceProcess process = running.remove(service);
        if (process != null) {
            process.kill();
        }
    }

    /** Stops the broker (controlled shutdown) and starts it again on the same log directory and port. */
    void restartBroker() {
        kafka.close();
        kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
    }

    /** Starts the service's process without waiting for it: the rest of the pipeline goes on meanwhile. */
    void launch(String service) {
        Map<String, String> env = Map.of(
                "NEWSFLOW_KAFKA_INSTANCE_ID", service + "-bench",
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(),
                "NEWSFLOW_MONGODB_URI", mongoUri(),
                "NEWSFLOW_INGEST_TOKEN", ingestToken,
                "NEWSFLOW_ADMIN_TOKEN", adminToken,
                "NEWSFLOW_PUBLIC_BASE_URL", publishUrl(),
                "NEWSFLOW_PUBLISH_URL", publishUrl(),
                "NEWSFLOW_PUSH_ALLOWED_HOSTS", "127.0.0.1,localhost");
        running.put(service, ServiceProcess.start(service, home.resolve(service).resolve("target").resolve(service + ".jar"),
                ports.get(service), env, dataDir.resolve("logs"), jvmOptions));
    }

    void awaitReady(String service) {
        running.get(service).awaitReady(READY);
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::stop);
        running.clear();
        try {
            mongo.close();
        } finally {
            kafka.close();
        }
    }
}
