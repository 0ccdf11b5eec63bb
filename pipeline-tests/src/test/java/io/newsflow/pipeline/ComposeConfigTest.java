package io.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localstack.Topology;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks that it agrees with the services'
 * own configuration: ports, environment variables, database names, topics, health checks.
 */
class ComposeConfigTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");

    @ParameterizedTest
    @CsvSource({"ingest-service, 8081, newsflow_ingest", "enrich-service, 8082, newsflow_enrich",
        "publish-service, 8080, newsflow_publish", "operator-console, 8083, newsflow_console"})
    void serviceAgreesWithItsApplicationYaml(String service, int port, String database) throws IOException {
        Map<String, Object> compose = service(service);
        Map<String, Object> env = map(compose.get("environment"));
        String applicationYaml = Files.readString(ROOT.resolve(service + "/src/main/resources/application.yml"));
        Map<String, String> defaults = placeholders(applicationYaml);

        assertThat(defaults).containsEntry("SERVER_PORT", Integer.toString(port));
        assertThat(env.get("SERVER_PORT")).hasToString(Integer.toString(port));
        assertThat(strings(compose.get("ports"))).contains("127.0.0.1:" + port + ":" + port);
        assertThat(defaults).containsEntry("NEWSFLOW_MONGODB_DATABASE", database);
        assertThat(env.get("NEWSFLOW_MONGODB_DATABASE")).isEqualTo(database);
        assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("docker");
        assertThat(applicationYaml).contains("on-profile: docker");
        for (String variable : env.keySet()) {
            if (variable.startsWith("NEWSFLOW_") || variable.equals("SERVER_PORT")) {
                assertThat(defaults).as("%s reads %s", service, variable).containsKey(variable);
            }
        }
        assertThat(env.get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        assertThat(strings(map(compose.get("healthcheck")).get("test")))
                .anyMatch(part -> part.contains("localhost:" + port + "/actuator/health"));
        assertThat(map(compose.get("depends_on"))).containsKeys("kafka-init", "mongo");
        assertThat(compose).containsKey("mem_limit");
    }

    @Test
    void createsExactlyThePipelineTopics() throws IOException {
        String script = String.join("\n", strings(service("kafka-init").get("command")));
        Matcher list = Pattern.compile("for topic in ([^;]+);").matcher(script);

        Matcher compacted = Pattern.compile("--topic (\\S+) [^\n]*--config cleanup.policy=compact").matcher(script);

        assertThat(list.find()).isTrue();
        assertThat(compacted.find()).isTrue();
        List<String> created = new java.util.ArrayList<>(List.of(list.group(1).trim().split("\\s+")));
        created.add(compacted.group(1));
        assertThat(created).containsExactlyInAnyOrderElementsOf(Topology.TOPICS);
        assertThat(compacted.group(1)).isEqualTo(io.newsflow.model.Topics.TOPIC_EXAMPLES);
        assertThat(script).contains("--partitions " + Topology.PARTITIONS);
    }

    @Test
    void runsKafkaInKraftModeWithoutAutoCreatedTopicsAndMongoAsAReplicaSet() throws IOException {
        Map<String, Object> kafka = map(service("kafka").get("environment"));
        assertThat(service("kafka").get("image").toString()).startsWith("apache/kafka:");
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        assertThat(service("mongo").get("image").toString()).startsWith("mongo:");
        assertThat(strings(service("mongo").get("command"))).contains("--replSet", "rs0");
        for (String name : List.of("ingest-service", "enrich-service", "publish-service")) {
            assertThat(map(service(name).get("environment")).get("NEWSFLOW_MONGODB_URI").toString())
                    .contains("replicaSet=rs0");
        }
    }

    @Test
    void buildsEachServiceFromTheMultiStageDockerfile() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("AS build").contains("-jre");
        for (String name : List.of("ingest-service", "enrich-service", "publish-service", "operator-console")) {
            assertThat(dockerfile).contains("COPY " + name + " " + name);
            assertThat(map(map(service(name).get("build")).get("args")).get("SERVICE")).isEqualTo(name);
        }
    }

    private static Map<String, Object> service(String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml(new LoaderOptions()).load(reader);
            return map(map(compose.get("services")).get(name));
        }
    }

    private static Map<String, String> placeholders(String yaml) {
        Map<String, String> found = new java.util.HashMap<>();
        Matcher matcher = PLACEHOLDER.matcher(yaml);
        while (matcher.find()) {
            found.putIfAbsent(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> result.add(String.valueOf(item)));
        } else if (value != null) {
            result.add(value.toString());
        }
        return result;
    }
}
