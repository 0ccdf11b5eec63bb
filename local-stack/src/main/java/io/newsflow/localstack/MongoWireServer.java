package io.newsflow.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB-wire-compatible server ({@code mongo-java-server}) on 127.0.0.1: file-backed (H2 MVStore) for the
 * local stack, in memory for tests. It stands in for mongod, which cannot be installed here; see INFRA-NOTES.
 */
public final class MongoWireServer implements AutoCloseable {

    /** Commit the MVStore often: data written since the last commit is lost if the process is killed. */
    private static final int AUTO_COMMIT_DELAY_MS = 100;

    private final MongoServer server;
    private final int port;

    private MongoWireServer(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static MongoWireServer inMemory(int port) {
        return bind(new MemoryBackend(), port);
    }

    public static MongoWireServer fileBacked(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + file.getParent(), e);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
        store.setAutoCommitDelay(AUTO_COMMIT_DELAY_MS);
        return bind(new H2Backend(store), port);
    }

    private static MongoWireServer bind(MongoBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new MongoWireServer(server, port);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
