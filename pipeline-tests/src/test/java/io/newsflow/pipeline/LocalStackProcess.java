package io.newsflow.pipeline;

import io.newsflow.localstack.FreePorts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The README's run command as a child process: {@code java -jar local-stack/target/local-stack-exec.jar}. */
final class LocalStackProcess implements AutoCloseable {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    final int kafkaPort = FreePorts.next();
    final int mongoPort = FreePorts.next();
    final int publishPort = FreePorts.next();
    final int ingestPort = FreePorts.next();
    final int enrichPort = FreePorts.next();
    final int consolePort = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final Path dataDir;
    private final String token;
    private String adminToken;
    private int instances = 1;
    private Path output;
    private Process process;

    LocalStackProcess(Path dataDir, String token) {
        this.dataDir = dataDir;
        this.token = token;
    }

    /** Sets NEWSFLOW_ADMIN_TOKEN, which is otherwise generated at start. */
    LocalStackProcess adminToken(String value) {
        this.adminToken = value;
        return this;
    }

    /** Runs {@code n} instances of ingest, enrich and publish ({@code NEWSFLOW_INSTANCES}). */
    LocalStackProcess instances(int n) {
        this.instances = n;
        return this;
    }

    /** The port of a service's {@code number}-th instance: 10 above the previous one's, as the local stack places them. */
    static int port(int firstPort, int number) {
        return firstPort + 10 * (number - 1);
    }

    /** Output goes to a file: a pipe read by a thread can lose the last lines when the process exits. */
    LocalStackProcess start() throws IOException {
        output = Files.createTempFile("local-stack-", ".out");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar",
                ROOT.resolve("local-stack/target/local-stack-exec.jar").toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(Map.of(
                "NEWSFLOW_HOME", ROOT.toString(),
                "NEWSFLOW_DATA_DIR", dataDir.toString(),
                "NEWSFLOW_INGEST_TOKEN", token,
                "KAFKA_PORT", Integer.toString(kafkaPort),
                "KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort),
                "MONGO_PORT", Integer.toString(mongoPort),
                "PUBLISH_PORT", Integer.toString(publishPort),
                "INGEST_PORT", Integer.toString(ingestPort),
                "ENRICH_PORT", Integer.toString(enrichPort),
                "CONSOLE_PORT", Integer.toString(consolePort)));
        if (adminToken != null) {
            builder.environment().put("NEWSFLOW_ADMIN_TOKEN", adminToken);
        }
        builder.environment().put("NEWSFLOW_INSTANCES", Integer.toString(instances));
        process = builder.start();
        return this;
    }

    boolean printed(String text) {
        return output().stream().anyMatch(line -> line.contains(text));
    }

    List<String> output() {
        try {
            return Files.readAllLines(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of("cannot read output: " + e.getMessage());
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    List<ProcessHandle> descendants() {
        return process.toHandle().descendants().toList();
    }

    /** SIGTERM, as Ctrl-C would; returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("local stack did not stop within 90 s");
        }
        return process.exitValue();
    }

    String ingestUrl() {
        return "http://127.0.0.1:" + ingestPort;
    }

    String publishUrl() {
        return "http://127.0.0.1:" + publishPort;
    }

    String consoleUrl() {
        return "http://127.0.0.1:" + consolePort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
