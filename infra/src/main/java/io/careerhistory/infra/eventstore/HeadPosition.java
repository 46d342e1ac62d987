package io.careerhistory.infra.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** The global position of the newest event in the store now. */
public final class HeadPosition {

    private HeadPosition() {
    }

    /** -1 when the store is empty. */
    public static long of(EventStorageEngine store) {
        TrackingToken head = store.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
