package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The embedded infrastructure as a unit: one Kafka broker and one MongoDB-wire server. Tests share one
 * instance per JVM ({@link #shared()}); the local stack starts a file-backed one under its data folder.
 */
public final class LocalInfra implements AutoCloseable {

    private static LocalInfra shared;

    private final KafkaBroker kafka;
    private final MongoWireServer mongo;

    private LocalInfra(KafkaBroker kafka, MongoWireServer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    /** Durable infrastructure under {@code dataDir}: {@code kafka/} for the broker log, {@code mongo/} for H2. */
    public static LocalInfra durable(Path dataDir, int kafkaPort, int controllerPort, int mongoPort) {
        MongoWireServer mongo = MongoWireServer.fileBacked(dataDir.resolve("mongo").resolve("newsflow.mv"), mongoPort);
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
        Topology.create(kafka.bootstrapServers());
        return new LocalInfra(kafka, mongo);
    }

    /** One broker and one in-memory Mongo-wire server for every test in this JVM, on free ports. */
    public static synchronized LocalInfra shared() {
        if (shared == null) {
            shared = isolated();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-infra-shutdown"));
        }
        return shared;
    }

    /**
     * A broker and an in-memory Mongo-wire server of its own, on free ports, for a test whose services must not
     * see the other tests' topics (several instances of one service); the caller closes it.
     */
    public static LocalInfra isolated() {
        Path dir = tempDir();
        MongoWireServer mongo = MongoWireServer.inMemory(FreePorts.next());
        KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), FreePorts.next(), FreePorts.next());
        Topology.create(kafka.bootstrapServers());
        return new LocalInfra(kafka, mongo);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoUri() {
        return mongo.connectionString();
    }

    /** Spring Boot properties that point a service at this infrastructure. */
    public Map<String, String> springProperties() {
        return Map.of("spring.kafka.bootstrap-servers", bootstrapServers(), "spring.mongodb.uri", mongoUri());
    }

    @Override
    public void close() {
        try {
            mongo.close();
        } finally {
            kafka.close();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newsflow-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
