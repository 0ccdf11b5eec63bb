package io.newsflow.localstack;

import io.newsflow.model.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the pipeline's topics (and their dead-letter topics) on a broker, skipping those that exist; the
 * classifier's examples log is compacted (the latest example of every id is what counts).
 */
public final class Topology {

    public static final int PARTITIONS = 3;
    public static final List<String> TOPICS = List.of(
            Topics.ARTICLES_RAW, Topics.deadLetter(Topics.ARTICLES_RAW),
            Topics.ARTICLES_ENRICHED, Topics.deadLetter(Topics.ARTICLES_ENRICHED), Topics.TOPIC_EXAMPLES);
    private static final Set<String> COMPACTED = Set.of(Topics.TOPIC_EXAMPLES);

    private Topology() {
    }

    public static void create(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = TOPICS.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1).configs(COMPACTED.contains(name)
                            ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT) : Map.of()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }
}
