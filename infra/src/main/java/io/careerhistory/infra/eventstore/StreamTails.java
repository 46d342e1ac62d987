package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * The last commit of each aggregate stream this node recently wrote or read: what a new commit of that stream links
 * its hash to, and the position it must be placed after. Axon loads an aggregate just before appending to it, so the
 * entry is nearly always here; otherwise one key lookup on the stream key of the previous event finds it.
 */
final class StreamTails {

    /** A new commit's hash links and the highest position among the commits it links to. */
    record Links(List<String> hashes, long afterPosition) {
    }

    private record Tail(long lastSequence, long position, String hash) {
    }

    private final MongoCollection<StoredCommit> commits;
    private final Map<String, Tail> recent;

    StreamTails(MongoCollection<StoredCommit> commits, int capacity) {
        this.commits = commits;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tail> eldest) {
                return size() > capacity;
            }
        });
    }

    Links linksFor(StoredCommit draft) {
        List<String> hashes = new ArrayList<>();
        long after = 0;
        for (StoredCommit.Stream stream : draft.streams()) {
            if (stream.firstSequence() == 0) {
                hashes.add(CommitHasher.GENESIS);
                continue;
            }
            Tail previous = tailBefore(stream.aggregateId(), stream.firstSequence());
            hashes.add(previous.hash());
            after = Math.max(after, previous.position());
        }
        return new Links(hashes, after);
    }

    private Tail tailBefore(String aggregateId, long sequence) {
        Tail known = recent.get(aggregateId);
        if (known != null && known.lastSequence() == sequence - 1) {
            return known;
        }
        StoredCommit holder = commits.find(eq(StreamKeys.FIELD, StreamKeys.of(aggregateId, sequence - 1))).first();
        if (holder == null) {
            throw new EventStoreException("Aggregate " + aggregateId + " has no event " + (sequence - 1)
                                                  + ", so event " + sequence + " cannot follow it");
        }
        remember(holder);
        return recent.get(aggregateId);
    }

    /** Records the commit as the tail of each stream it extends, unless a later commit of that stream is known. */
    void remember(StoredCommit commit) {
        for (StoredCommit.Stream stream : commit.streams()) {
            Tail tail = new Tail(stream.lastSequence(), commit.position(), commit.hash());
            recent.merge(stream.aggregateId(), tail, (old, now) -> now.lastSequence() >= old.lastSequence() ? now : old);
        }
    }
}
