package io.newsflow.console.health;

import io.newsflow.console.kafka.KafkaClients;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code kafka}: UP when the cluster describes itself within two seconds; part of the readiness group. */
@Component("kafka")
class KafkaHealthIndicator implements HealthIndicator {

    private static final int TIMEOUT_MS = 2_000;

    private final KafkaClients clients;

    KafkaHealthIndicator(KafkaClients clients) {
        this.clients = clients;
    }

    @Override
    public Health health() {
        DescribeClusterResult cluster = clients.admin()
                .describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS));
        try {
            Collection<Node> nodes = cluster.nodes().get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
            String clusterId = cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes.size()).build();
        } catch (ExecutionException | TimeoutException e) {
            return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }
}
