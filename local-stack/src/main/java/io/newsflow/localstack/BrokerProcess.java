package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A {@link KafkaBroker} in a JVM of its own, started from this process's class path, so that a fault drill can kill
 * it with SIGKILL (no controlled shutdown, no flush) and start it again on the same log directory and ports.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final Process process;
    private final int port;
    private final Path log;

    private BrokerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the broker and waits until it answers metadata requests and the pipeline's topics exist. */
    public static BrokerProcess start(Path logDir, int port, int controllerPort, Path logFile, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(ServiceProcess.javaBinary(), "-Xmx1g", "-XX:+UseSerialGC"));
        command.addAll(mainClass(KafkaBroker.class.getName()));
        command.addAll(List.of(logDir.toAbsolutePath().toString(), Integer.toString(port), Integer.toString(controllerPort)));
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            BrokerProcess broker = new BrokerProcess(process, port, logFile);
            broker.awaitReady(timeout);
            Topology.create(broker.bootstrapServers());
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** CPU time the broker has used so far (user and system), zero when the platform cannot tell. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the broker gets no chance to flush its log or hand over leadership. */
    public void kill() {
        process.destroyForcibly();
        waitFor(10);
    }

    /** SIGTERM (a controlled shutdown), SIGKILL after 60 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(60)) {
            kill();
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
        try (Admin admin = Admin.create(config)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    admin.describeCluster().nodes().get(4, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    ServiceProcess.pause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    close();
                    throw new IllegalStateException("interrupted while the Kafka broker was starting", e);
                }
            }
        }
        close();
        throw new IllegalStateException("the Kafka broker was not ready within " + timeout + "; see " + log);
    }

    /**
     * The arguments that run {@code mainClass} on this process's class path: directly from a class path (tests,
     * IDE), through Spring Boot's launcher from an executable jar (whose classes sit in {@code BOOT-INF/}).
     */
    static List<String> mainClass(String mainClass) {
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator) && isBootJar(classPath)) {
            return List.of("-Dloader.main=" + mainClass, "-cp", classPath, BOOT_LAUNCHER);
        }
        return List.of("-cp", classPath, mainClass);
    }

    private static boolean isBootJar(String path) {
        try (JarFile jar = new JarFile(path)) {
            return jar.getEntry("BOOT-INF/classes/") != null || jar.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
