package io.careerhistory.query.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The two time axes of a question (ADR 0018). {@code businessDate}: what had happened by that day (the dates the
 * facts carry: completed on, effective on). {@code knownPosition}: what the store had recorded by a moment (every
 * event up to that global position, whatever its business date). Either may be null, meaning "now".
 */
public record AsOf(LocalDate businessDate, Long knownPosition, Instant knownAt) {

    public static final AsOf NOW = new AsOf(null, null, null);

    public boolean isNow() {
        return businessDate == null && knownPosition == null;
    }

    /** Whether a fact that happened {@code on} and was stored at {@code position} belongs to this view of history. */
    public boolean includes(LocalDate on, long position) {
        return (businessDate == null || !on.isAfter(businessDate)) && (knownPosition == null || position <= knownPosition);
    }
}
