package io.newsflow.localstack;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses; every value can be overridden by an
 * environment variable of the same name.
 */
record LocalStackSettings(Path home, Path dataDir, int kafkaPort, int controllerPort, int mongoPort,
        int publishPort, int ingestPort, int enrichPort, int consolePort, String ingestToken, boolean ingestTokenGenerated,
        String adminToken, boolean adminTokenGenerated) {

    static LocalStackSettings from(Map<String, String> env) {
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
                blank(adminToken) ? newToken() : adminToken, blank(adminToken));
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
