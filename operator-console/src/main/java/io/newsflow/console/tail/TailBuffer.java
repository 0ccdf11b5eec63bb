package io.newsflow.console.tail;

import io.newsflow.console.record.RecordView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * The most recent records of each topic, oldest first by record timestamp. Partitions are read in no particular
 * order, so records are placed by timestamp rather than appended, and the oldest fall out first.
 */
final class TailBuffer {

    private final int capacity;
    private final Map<String, LinkedList<RecordView>> byTopic = new HashMap<>();

    TailBuffer(int capacity) {
        this.capacity = capacity;
    }

    void add(RecordView record) {
        LinkedList<RecordView> records = byTopic.computeIfAbsent(record.topic(), topic -> new LinkedList<>());
        ListIterator<RecordView> cursor = records.listIterator(records.size());
        while (cursor.hasPrevious()) {
            if (cursor.previous().timestamp() <= record.timestamp()) {
                cursor.next();
                break;
            }
        }
        cursor.add(record);
        while (records.size() > capacity) {
            records.removeFirst();
        }
    }

    /** Every buffered record of every topic that the filter lets through, oldest first. */
    List<RecordView> matching(TailFilter filter) {
        List<RecordView> result = new ArrayList<>();
        byTopic.values().forEach(records -> records.stream().filter(filter::matches).forEach(result::add));
        result.sort(Comparator.comparingLong(RecordView::timestamp));
        return result;
    }
}
