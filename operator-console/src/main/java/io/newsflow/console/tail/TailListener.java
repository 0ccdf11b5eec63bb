package io.newsflow.console.tail;

import io.newsflow.console.record.RecordView;

/** Something that wants every record the tail reads, in order per partition. */
public interface TailListener {

    void onRecord(RecordView record);
}
