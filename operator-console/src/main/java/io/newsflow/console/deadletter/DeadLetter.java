package io.newsflow.console.deadletter;

import io.newsflow.console.record.HeaderValues;
import io.newsflow.console.record.RecordView;
import io.newsflow.model.Topics;
import java.util.List;
import java.util.Map;

/**
 * A record on a {@code .DLT} topic with what Spring Kafka's recoverer wrote about its failure, plus the exact bytes
 * needed to replay it.
 *
 * @param replayHeaders the record's headers without Spring Kafka's {@code kafka_dlt-*} ones, in their order
 */
public record DeadLetter(RecordView view, byte[] key, byte[] value, List<Map.Entry<String, byte[]>> replayHeaders) {

    public DeadLetter {
        replayHeaders = List.copyOf(replayHeaders);
    }

    public String id() {
        return view.id();
    }

    /** Where a replay goes: the recorded original topic when it is this DLT's source, else the DLT's source. */
    public String sourceTopic() {
        String source = view.topic().endsWith(Topics.DLT_SUFFIX)
                ? view.topic().substring(0, view.topic().length() - Topics.DLT_SUFFIX.length()) : view.topic();
        String recorded = header(HeaderValues.ORIGINAL_TOPIC);
        return recorded == null || !recorded.equals(source) ? source : recorded;
    }

    public Summary summary() {
        return new Summary(id(), view.topic(), view.partition(), view.offset(), view.timestamp(), view.key(),
                view.title(), header(HeaderValues.EXCEPTION_CLASS), header(HeaderValues.EXCEPTION_MESSAGE),
                header(HeaderValues.ORIGINAL_TOPIC), header(HeaderValues.ORIGINAL_PARTITION),
                header(HeaderValues.ORIGINAL_OFFSET), sourceTopic(), view.traceId());
    }

    private String header(String name) {
        return view.headers().get(name);
    }

    /** What the dead-letter table shows. */
    public record Summary(String id, String topic, int partition, long offset, long timestamp, String key,
            String title, String exceptionClass, String exceptionMessage, String originalTopic,
            String originalPartition, String originalOffset, String replayTo, String traceId) {
    }
}
