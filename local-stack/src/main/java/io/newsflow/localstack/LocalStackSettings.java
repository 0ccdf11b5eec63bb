package io.newsflow.localstack;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where the local stack keeps its data, which ports it uses and how many instances of each service it runs; every
 * value can be overridden by an environment variable of the same name, the instances also by {@code --instances=N}.
 */
record LocalStackSettings(Path home, Path dataDir, int kafkaPort, int controllerPort, int mongoPort,
        int publishPort, int ingestPort, int enrichPort, int consolePort, String ingestToken, boolean ingestTokenGenerated,
        String adminToken, boolean adminTokenGenerated, int instances) {

    /** The ports of a service's further instances are this far apart: 8080, 8090, 8100 … for publish. */
    static final int INSTANCE_PORT_STEP = 10;
    static final int MAX_INSTANCES = 4;

    static LocalStackSettings from(Map<String, String> env, String... args) {
        Path home = Path.of(env.getOrDefault("NEWSFLOW_HOME", "")).toAbsolutePath();
        String ingestToken = env.get("NEWSFLOW_INGEST_TOKEN");
        String adminToken = env.get("NEWSFLOW_ADMIN_TOKEN");
        return new LocalStackSettings(home,
                home.resolve(env.getOrDefault("NEWSFLOW_DATA_DIR", "data")),
                port(env, "KAFKA_PORT", 9092), port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "MONGO_PORT", 27017),
                port(env, "PUBLISH_PORT", 8080), port(env, "INGEST_PORT", 8081), port(env, "ENRICH_PORT", 8082),
                port(env, "CONSOLE_PORT", 8083),
                blank(ingestToken) ? newToken() : ingestToken, blank(ingestToken),
                blank(adminToken) ? newToken() : adminToken, blank(adminToken), instances(env, args));
    }

    /** The port of a service's {@code number}-th instance (from 1), given the first instance's. */
    int port(int firstPort, int number) {
        return firstPort + (number - 1) * INSTANCE_PORT_STEP;
    }

    private static int instances(Map<String, String> env, String... args) {
        String value = env.get("NEWSFLOW_INSTANCES");
        for (String arg : args) {
            if (arg.startsWith("--instances=")) {
                value = arg.substring("--instances=".length());
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "; the local stack takes --instances=N");
            }
        }
        if (blank(value)) {
            return 1;
        }
        int instances;
        try {
            instances = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--instances must be a number from 1 to " + MAX_INSTANCES + ", got " + value);
        }
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("--instances must be from 1 to " + MAX_INSTANCES + ", got " + instances);
        }
        return instances;
    }

    Path jar(String service) {
        return home.resolve(service).resolve("target").resolve(service + ".jar");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return blank(value) ? fallback : Integer.parseInt(value.trim());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
