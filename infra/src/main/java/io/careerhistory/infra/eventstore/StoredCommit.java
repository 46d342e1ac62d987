package io.careerhistory.infra.eventstore;

import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One atomic commit: all events of one unit of work in one document whose {@code _id} is its gap-free
 * global position. {@code firstGlobalIndex} numbers its first event across the store. The acting user
 * and the correlation and causation ids sit on the commit, and the keyed hash chains it to the commit before.
 */
record StoredCommit(long position,
                    long firstGlobalIndex,
                    String recordedAt,
                    String actor,
                    String correlationId,
                    String causationId,
                    List<StoredEvent> events,
                    String previousHash,
                    String hash) {

    static final String COLLECTION = "commits";

    long nextGlobalIndex() {
        return firstGlobalIndex + events.size();
    }

    List<String> streamKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (StoredEvent event : events) {
            keys.add(event.aggregateId() == null
                             ? StreamKeys.forEventWithoutAggregate(event.eventId())
                             : event.streamKey());
        }
        return new ArrayList<>(keys);
    }

    StoredCommit at(long newPosition, long newFirstGlobalIndex, String newPreviousHash, CommitHasher hasher) {
        StoredCommit unsigned = new StoredCommit(newPosition, newFirstGlobalIndex, recordedAt, actor,
                                                 correlationId, causationId, events, newPreviousHash, null);
        return new StoredCommit(newPosition, newFirstGlobalIndex, recordedAt, actor, correlationId, causationId,
                                events, newPreviousHash, hasher.hash(unsigned));
    }

    Document toDocument() {
        List<Document> eventDocs = events.stream().map(StoredEvent::toDocument).toList();
        return new Document("_id", position)
                .append("firstGlobalIndex", firstGlobalIndex)
                .append("recordedAt", recordedAt)
                .append("actor", actor)
                .append("correlationId", correlationId)
                .append("causationId", causationId)
                .append(StreamKeys.FIELD, streamKeys())
                .append("events", eventDocs)
                .append("previousHash", previousHash)
                .append("hash", hash);
    }

    static StoredCommit fromDocument(Document d) {
        List<StoredEvent> events = d.getList("events", Document.class).stream()
                                    .map(StoredEvent::fromDocument).toList();
        return new StoredCommit(d.get("_id", Number.class).longValue(),
                                d.get("firstGlobalIndex", Number.class).longValue(),
                                d.getString("recordedAt"),
                                d.getString("actor"),
                                d.getString("correlationId"),
                                d.getString("causationId"),
                                events,
                                d.getString("previousHash"),
                                d.getString("hash"));
    }
}
