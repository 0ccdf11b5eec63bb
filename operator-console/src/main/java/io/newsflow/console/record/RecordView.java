package io.newsflow.console.record;

import java.util.List;
import java.util.Map;

/**
 * One Kafka record as the console shows it. Every string here may come from untrusted content; the page puts them
 * into the DOM as text only.
 *
 * @param id {@code topic/partition/offset}, unique and stable
 * @param headers header values decoded for people (numbers for Spring Kafka's binary DLT headers, else UTF-8)
 * @param json the value pretty-printed when it is JSON, else as text
 * @param ingestedAt epoch millis of the article's ingestedAt, or null when the body has none
 */
public record RecordView(String id, String topic, int partition, long offset, long timestamp, String key,
        String title, String source, List<String> categories, List<String> keywords, String traceId,
        Long ingestedAt, Map<String, String> headers, String json) {

    public RecordView {
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        headers = Map.copyOf(headers);
    }

    public static String id(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
