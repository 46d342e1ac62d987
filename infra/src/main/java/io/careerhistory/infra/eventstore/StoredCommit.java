package io.careerhistory.infra.eventstore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One atomic commit: all events of one unit of work in one document whose {@code _id} is its global position.
 * {@code firstGlobalIndex} numbers its first event across the store. The acting user and the correlation and causation
 * ids sit on the commit. The keyed hash covers all of it and links, for each aggregate stream in the commit, to the hash
 * of that stream's previous commit ({@code previousHashes}, in the order of {@link #streams()}).
 * <p>
 * An <em>aborted</em> commit holds no events and only fills a position whose writer gave it up or never arrived;
 * {@code abortedReason} says which, and is covered by the hash, so nobody without the key can turn a commit into one.
 */
record StoredCommit(long position,
                    long firstGlobalIndex,
                    String recordedAt,
                    String actor,
                    String correlationId,
                    String causationId,
                    List<StoredEvent> events,
                    List<String> previousHashes,
                    String abortedReason,
                    String hash) {

    static final String COLLECTION = "commits";
    static final String EVENT_STORE_ACTOR = "event-store";

    /** The part of one aggregate's stream that a commit holds. */
    record Stream(String aggregateId, long firstSequence, long lastSequence) {
    }

    static StoredCommit aborted(long position, long firstGlobalIndex, String recordedAt, String reason, CommitHasher hasher) {
        return new StoredCommit(position, firstGlobalIndex, recordedAt, EVENT_STORE_ACTOR, null, null,
                                List.of(), List.of(), reason, null).signedWith(hasher);
    }

    boolean isAborted() {
        return abortedReason != null;
    }

    long nextGlobalIndex() {
        return firstGlobalIndex + events.size();
    }

    long lastGlobalIndex() {
        return nextGlobalIndex() - 1;
    }

    /** The aggregate streams this commit extends, in the order their first event appears. */
    List<Stream> streams() {
        if (events.size() == 1) { // what a command usually makes: the hot path of every append
            StoredEvent only = events.get(0);
            return only.aggregateId() == null ? List.of()
                    : List.of(new Stream(only.aggregateId(), only.sequence(), only.sequence()));
        }
        Map<String, Stream> streams = new LinkedHashMap<>();
        for (StoredEvent event : events) {
            if (event.aggregateId() != null) {
                streams.merge(event.aggregateId(),
                              new Stream(event.aggregateId(), event.sequence(), event.sequence()),
                              (a, b) -> new Stream(a.aggregateId(), Math.min(a.firstSequence(), b.firstSequence()),
                                                   Math.max(a.lastSequence(), b.lastSequence())));
            }
        }
        return new ArrayList<>(streams.values());
    }

    List<String> streamKeys() {
        if (isAborted()) {
            return List.of(StreamKeys.forAbortedCommit(position)); // unique, like every entry of the index
        }
        if (events.size() == 1) {
            return List.of(streamKeyOf(events.get(0)));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (StoredEvent event : events) {
            keys.add(streamKeyOf(event));
        }
        return new ArrayList<>(keys);
    }

    private static String streamKeyOf(StoredEvent event) {
        return event.aggregateId() == null ? StreamKeys.forEventWithoutAggregate(event.eventId()) : event.streamKey();
    }

    StoredCommit at(long newPosition, long newFirstGlobalIndex, List<String> links, CommitHasher hasher) {
        return new StoredCommit(newPosition, newFirstGlobalIndex, recordedAt, actor, correlationId, causationId,
                                events, List.copyOf(links), abortedReason, null).signedWith(hasher);
    }

    private StoredCommit signedWith(CommitHasher hasher) {
        return new StoredCommit(position, firstGlobalIndex, recordedAt, actor, correlationId, causationId,
                                events, previousHashes, abortedReason, hasher.hash(this));
    }
}
