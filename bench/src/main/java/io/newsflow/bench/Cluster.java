package io.newsflow.bench;

import io.newsflow.localstack.BrokerProcess;
import io.newsflow.localstack.FreePorts;
import io.newsflow.localstack.MongoWireServer;
import io.newsflow.localstack.ServiceProcess;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pipeline as the local stack runs it (Mongo-wire server in this JVM on its H2 file; the Kafka broker, ingest,
 * enrich and publish as processes of their own), but with every part under control: a service instance or the
 * broker can be killed with SIGKILL and started again on the same data and ports. With {@code instances} above 1
 * every service runs that many instances in one consumer group, each with a port of its own; the publish instances
 * share one public base URL, as behind a load balancer.
 */
final class Cluster implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "publish-service");
    private static final Duration READY = Duration.ofSeconds(240);

    private final Path home;
    private final Path dataDir;
    private final List<String> jvmOptions;
    private final int instances;
    private final int kafkaPort = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final int mongoPort = FreePorts.next();
    /** Keyed by instance name ({@link #instance}). */
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final String ingestToken = "bench-ingest-token";
    private final String adminToken = "bench-admin-token";
    private final MongoWireServer mongo;
    private BrokerProcess kafka;

    private Cluster(Path home, Path dataDir, List<String> jvmOptions, boolean mongoInMemory, int instances) {
        this.home = home;
        this.dataDir = dataDir;
        this.jvmOptions = jvmOptions;
        this.instances = instances;
        SERVICES.forEach(service -> instanceNames(service).forEach(name -> ports.put(name, FreePorts.next())));
        mongo = mongoInMemory ? MongoWireServer.inMemory(mongoPort)
                : MongoWireServer.fileBacked(dataDir.resolve("mongo").resolve("newsflow.mv"), mongoPort);
        try {
            kafka = startBroker();
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
    }

    /**
     * Starts the broker, the Mongo-wire server and one instance of each service and waits until all are ready.
     *
     * @param home the repository root (for the services' jars)
     * @param heap maximum heap of each service
     */
    static Cluster start(Path home, Path dataDir, String heap) {
        return start(home, dataDir, heap, false, 1);
    }

    /**
     * The same with {@code instances} of every service, and optionally the Mongo-wire server in memory instead of on
     * its H2 file (to see what the file store costs).
     */
    static Cluster start(Path home, Path dataDir, String heap, boolean mongoInMemory, int instances) {
        Cluster cluster = new Cluster(home, dataDir,
                List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"), mongoInMemory, instances);
        try {
            cluster.ports.keySet().forEach(cluster::launch);
            cluster.ports.keySet().forEach(cluster::awaitReady);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    int instances() {
        return instances;
    }

    /**
     * The name of a service's {@code number}-th instance (from 1): the service's own name when it runs alone,
     * {@code enrich-service-2} and so on when it runs several times.
     */
    String instance(String service, int number) {
        return instances == 1 ? service : service + "-" + number;
    }

    List<String> instanceNames(String service) {
        return IntStream.rangeClosed(1, instances).mapToObj(n -> instance(service, n)).toList();
    }

    /** The URL of a service's first instance, or of the named instance. */
    String url(String serviceOrInstance) {
        Integer port = ports.containsKey(serviceOrInstance) ? ports.get(serviceOrInstance)
                : ports.get(instance(serviceOrInstance, 1));
        return "http://127.0.0.1:" + port;
    }

    List<String> urls(String service) {
        return instanceNames(service).stream().map(this::url).toList();
    }

    String ingestUrl() {
        return url("ingest-service");
    }

    String publishUrl() {
        return url("publish-service");
    }

    /**
     * CPU time used so far by every process of the pipeline: each running service instance, the broker, and this
     * JVM, which hosts the Mongo-wire server as well as the benchmark's load, feed watcher and webhook receiver.
     */
    Map<String, Duration> cpuTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        running.forEach((name, process) -> times.put(name, process.cpuTime()));
        times.put("kafka broker", kafka == null ? Duration.ZERO : kafka.cpuTime());
        Duration own = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        Duration store = mongoServerCpuTime();
        times.put("Mongo-wire server (threads of the bench JVM)", store);
        times.put("benchmark itself (load, feed watcher, webhook receiver, JIT, GC)", own.minus(store));
        return times;
    }

    /** CPU time of the threads that serve MongoDB in this JVM: the server's workers and its H2 store's own. */
    private static Duration mongoServerCpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && isStoreThread(info.getThreadName())) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return Duration.ofNanos(nanos);
    }

    private static boolean isStoreThread(String name) {
        return name.startsWith("mongo-server") || name.startsWith("MVStore") || name.startsWith("H2");
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
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
    void kill(String instance) {
        ServiceProcess process = running.remove(instance);
        if (process != null) {
            process.kill();
        }
    }

    /** SIGKILL to the broker process, then the broker started again on the same log directory and ports. */
    void killAndRestartBroker() {
        kafka.kill();
        kafka = startBroker();
    }

    private BrokerProcess startBroker() {
        return BrokerProcess.start(dataDir.resolve("kafka"), kafkaPort, controllerPort,
                dataDir.resolve("logs").resolve("kafka-broker.log"), READY);
    }

    /** Starts the instance's process without waiting for it: the rest of the pipeline goes on meanwhile. */
    void launch(String instance) {
        String service = SERVICES.stream().filter(instance::startsWith).findFirst().orElseThrow();
        Map<String, String> env = Map.of(
                "NEWSFLOW_KAFKA_INSTANCE_ID", instance + "-bench",
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(),
                "NEWSFLOW_MONGODB_URI", mongoUri(),
                "NEWSFLOW_INGEST_TOKEN", ingestToken,
                "NEWSFLOW_ADMIN_TOKEN", adminToken,
                "NEWSFLOW_PUBLIC_BASE_URL", publishUrl(),
                "NEWSFLOW_PUBLISH_URL", publishUrl(),
                "NEWSFLOW_PUSH_ALLOWED_HOSTS", "127.0.0.1,localhost");
        running.put(instance, ServiceProcess.start(instance, home.resolve(service).resolve("target").resolve(service + ".jar"),
                ports.get(instance), env, dataDir.resolve("logs"), jvmOptions));
    }

    void awaitReady(String instance) {
        running.get(instance).awaitReady(READY);
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
