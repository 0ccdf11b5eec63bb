package io.newsflow.publish.feed;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rendered feed bodies as files in a private temporary folder, so the connector can hand them to the kernel
 * (sendfile) instead of copying them through the JVM. A replaced file is deleted a minute later: a request that
 * chose it just before the change still finds it.
 */
@Component
class FeedFiles {

    private static final Logger log = LoggerFactory.getLogger(FeedFiles.class);
    private static final long GRACE_NANOS = 60_000_000_000L;

    private volatile Path folder;
    private final AtomicLong sequence = new AtomicLong();
    private final Queue<Retired> retired = new ConcurrentLinkedQueue<>();

    /** The file holding these bytes, or null when it cannot be written (the body is then sent from memory). */
    Path write(byte[] body) {
        deleteExpired();
        Path file = null;
        try {
            file = folder().resolve(sequence.incrementAndGet() + ".feed");
            Files.write(file, body);
            return file;
        } catch (IOException e) {
            log.warn("feed files: cannot write {} ({}); serving from memory", file, e.toString());
            return null;
        }
    }

    /** Made on first use, so an instance that never spools a feed leaves no folder behind. */
    private synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("newsflow-feeds-");
            // Also when the JVM exits without closing the context (a killed test fork, a hung shutdown).
            Runtime.getRuntime().addShutdownHook(new Thread(this::deleteQuietly, "feed-files-cleanup"));
        }
        return folder;
    }

    void retire(Path file) {
        retired.add(new Retired(file, System.nanoTime()));
    }

    private void deleteExpired() {
        long now = System.nanoTime();
        Retired head;
        while ((head = retired.peek()) != null && now - head.at() > GRACE_NANOS && retired.remove(head)) {
            try {
                Files.deleteIfExists(head.file());
            } catch (IOException e) {
                log.debug("feed files: cannot delete {}", head.file(), e);
            }
        }
    }

    @PreDestroy
    synchronized void deleteAll() throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void deleteQuietly() {
        try {
            deleteAll();
        } catch (IOException | RuntimeException e) {
            log.debug("feed files: cannot delete {}", folder, e);
        }
    }

    private record Retired(Path file, long at) {
    }
}
