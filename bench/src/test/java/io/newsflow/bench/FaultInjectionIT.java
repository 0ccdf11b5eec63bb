package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault drill at a size that fits the build ({@code -Dfaults.articles}, default 600; {@code bench/run faults}
 * runs 10,000), with two instances of every service ({@code -Dfaults.instances}): an enrich and a publish instance
 * and then the broker process are killed with SIGKILL while pages arrive, and afterwards every accepted article is
 * stored once on each side and pushed to the subscribers, and both publish instances serve the same feeds.
 */
class FaultInjectionIT {

    static final Path HOME = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path dataDir;

    @Test
    void everyAcceptedArticleArrivesExactlyOnceDespiteKilledInstancesAndAKilledBroker() throws Exception {
        int articles = Integer.getInteger("faults.articles", 600);
        int instances = Integer.getInteger("faults.instances", 2);
        Pages pages = Pages.fromCorpus(HOME, 11, "it" + System.currentTimeMillis() % 100000);
        FaultDrill.Report report;
        try (Cluster cluster = Cluster.start(HOME, dataDir, "384m", false, instances)) {
            report = new FaultDrill(cluster, pages, line -> System.out.println("[fault drill] " + line))
                    .run(articles, Integer.getInteger("faults.rate", 10), Duration.ofSeconds(300));
        }
        System.out.println(report.format());

        assertThat(report.accepted()).isEqualTo(articles);
        assertThat(report.timeline()).anyMatch(line -> line.contains("kill -9 enrich-service"))
                .anyMatch(line -> line.contains("kill -9 publish-service"))
                .anyMatch(line -> line.contains("kill -9 the Kafka broker"));
        assertThat(report.faultsDuringIngest()).as("every fault struck while pages were arriving").isTrue();
        assertThat(report.missingInEnrich()).isEmpty();
        assertThat(report.missingInPublish()).isEmpty();
        assertThat(report.enrichStored()).isEqualTo(articles);
        assertThat(report.publishStored()).isEqualTo(articles);
        assertThat(report.notPushed()).isEmpty();
        assertThat(report.pushedUnderTwoIds()).isEmpty();
        assertThat(report.matching()).isPositive().isLessThan(articles);
        assertThat(report.matchingNotPushed()).isEmpty();
        assertThat(report.pushedNotMatching()).isEmpty();
        assertThat(report.deadLetters()).isZero();
        if (instances > 1) {
            assertThat(report.feeds()).hasSize(6).allSatisfy(feed -> assertThat(feed.identical())
                    .as("%s: %s", feed.path(), feed.format()).isTrue());
        }
        assertThat(report.passed()).isTrue();
    }
}
