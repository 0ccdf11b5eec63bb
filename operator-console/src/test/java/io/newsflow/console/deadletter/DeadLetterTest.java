package io.newsflow.console.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.console.record.HeaderValues;
import io.newsflow.console.record.RecordView;
import io.newsflow.model.Topics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    @Test
    void replaysToTheRecordedOriginalTopicAndSummarizesTheFailure() {
        DeadLetter deadLetter = deadLetter(Topics.deadLetter(Topics.ARTICLES_ENRICHED), Map.of(
                HeaderValues.ORIGINAL_TOPIC, Topics.ARTICLES_ENRICHED, HeaderValues.ORIGINAL_PARTITION, "2",
                HeaderValues.ORIGINAL_OFFSET, "77", HeaderValues.EXCEPTION_CLASS, "java.lang.IllegalStateException",
                HeaderValues.EXCEPTION_MESSAGE, "boom"));

        assertThat(deadLetter.sourceTopic()).isEqualTo(Topics.ARTICLES_ENRICHED);
        DeadLetter.Summary summary = deadLetter.summary();
        assertThat(summary.exceptionClass()).isEqualTo("java.lang.IllegalStateException");
        assertThat(summary.exceptionMessage()).isEqualTo("boom");
        assertThat(summary.originalPartition()).isEqualTo("2");
        assertThat(summary.originalOffset()).isEqualTo("77");
        assertThat(summary.replayTo()).isEqualTo(Topics.ARTICLES_ENRICHED);
    }

    @Test
    void neverReplaysToATopicOtherThanTheDltSourceEvenIfAHeaderSaysSo() {
        DeadLetter deadLetter = deadLetter(Topics.deadLetter(Topics.ARTICLES_RAW),
                Map.of(HeaderValues.ORIGINAL_TOPIC, "__consumer_offsets"));

        assertThat(deadLetter.sourceTopic()).isEqualTo(Topics.ARTICLES_RAW);
    }

    private static DeadLetter deadLetter(String topic, Map<String, String> headers) {
        RecordView view = new RecordView(RecordView.id(topic, 0, 3), topic, 0, 3, 1L, "k", "", "", List.of(),
                List.of(), null, null, headers, "{}");
        return new DeadLetter(view, new byte[] {'k'}, new byte[] {'v'}, List.of());
    }
}
