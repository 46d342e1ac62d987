package io.careerhistory.query.common;

import java.time.Instant;

/** Where the store stood at a moment: the global position of the last event recorded by then (-1 if none). */
public interface RecordedHistory {

    long lastPositionRecordedBy(Instant moment);
}
