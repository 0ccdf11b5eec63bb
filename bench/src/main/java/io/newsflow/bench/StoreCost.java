package io.newsflow.bench;

import io.newsflow.model.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the store costs each service: the sum of its {@code newsflow_mongodb_commands_total} counters, read from
 * its Prometheus endpoint before and after a step.
 */
final class StoreCost {

    static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "publish-service");
    private static final String METRIC = "newsflow_mongodb_commands_total";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StoreCost() {
    }

    /** Commands each service has sent so far. */
    static Map<String, Double> snapshot(Cluster cluster) {
        Map<String, Double> commands = new LinkedHashMap<>();
        for (String service : SERVICES) {
            commands.put(service, commands(cluster.url(service) + "/actuator/prometheus"));
        }
        return commands;
    }

    /** Commands per unit (article, delivery) between two snapshots, per service. */
    static Map<String, Double> per(Map<String, Double> before, Map<String, Double> after, double units) {
        Map<String, Double> per = new LinkedHashMap<>();
        before.forEach((service, count) -> per.put(service, units <= 0 ? Double.NaN
                : (after.getOrDefault(service, count) - count) / units));
        return per;
    }

    /** Records enrich has sent to the enriched topic so far: new enrichments and updates of older articles. */
    static double enrichedRecords(Cluster cluster) {
        return metric(cluster.url("enrich-service") + "/actuator/prometheus", "kafka_producer_topic_record_send_total",
                "topic=\"" + Topics.ARTICLES_ENRICHED + "\"");
    }

    private static double commands(String url) {
        return metric(url, METRIC, "");
    }

    /** The sum of a Prometheus metric's series whose labels contain the given text. */
    private static double metric(String url, String name, String labels) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.body().lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .filter(line -> line.contains(labels))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
