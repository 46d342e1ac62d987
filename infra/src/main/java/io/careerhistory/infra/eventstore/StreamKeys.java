package io.careerhistory.infra.eventstore;

import java.util.ArrayList;
import java.util.List;

/**
 * The unique key of one event in its aggregate's stream: "aggregateId:sequence".
 * A commit lists the keys of all its aggregate events in a uniquely indexed array, so two writers
 * that append the same sequence number collide on insert instead of forking the stream, and an
 * aggregate is read with {@code $in} over consecutive keys: a key lookup even on the embedded server.
 */
final class StreamKeys {

    static final String FIELD = "streamKeys";

    private StreamKeys() {
    }

    static String of(String aggregateId, long sequence) {
        return aggregateId + ':' + sequence;
    }

    static String forEventWithoutAggregate(String eventId) {
        return "~event:" + eventId;
    }

    static String forAbortedCommit(long position) {
        return "~aborted:" + position;
    }

    static List<String> window(String aggregateId, long first, int size) {
        List<String> keys = new ArrayList<>(size);
        for (long seq = first; seq < first + size; seq++) {
            keys.add(of(aggregateId, seq));
        }
        return keys;
    }
}
