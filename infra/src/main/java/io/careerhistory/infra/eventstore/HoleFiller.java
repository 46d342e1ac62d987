package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;
import io.careerhistory.infra.mongo.Inserts;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writers insert at positions they claimed, in parallel, so a position can be empty for a moment while later ones are
 * written. Readers stop at such a hole. When it outlives {@code timeout} (its writer died, or stalls), a reader fills it
 * with an aborted commit. That is safe in every race, because the position can be inserted only once: if the writer
 * arrives later it gets a duplicate key and writes its commit at a new position; if the writer won, the filler's insert
 * fails and the reader reads the writer's commit.
 */
final class HoleFiller {

    private final MongoCollection<StoredCommit> commits;
    private final CommitHasher hasher;
    private final Duration timeout;
    private final Clock clock;
    private final Map<Long, Long> firstSeenNanos = new ConcurrentHashMap<>();

    HoleFiller(MongoCollection<StoredCommit> commits, CommitHasher hasher, Duration timeout, Clock clock) {
        this.commits = commits;
        this.hasher = hasher;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Called by a reader that finds {@code position} empty and a later commit present.
     * Returns true when the position is filled now, so the reader can read on.
     */
    boolean fillIfStale(long position, long firstGlobalIndexAfter) {
        long now = System.nanoTime();
        long seen = firstSeenNanos.computeIfAbsent(position, p -> now);
        if (now - seen < timeout.toNanos()) {
            return false;
        }
        fill(position, firstGlobalIndexAfter, "no commit arrived within " + timeout.toMillis() + " ms while later ones did");
        firstSeenNanos.remove(position);
        return true;
    }

    /** Fills the position with an aborted commit, unless someone else filled it first. */
    void fill(long position, long firstGlobalIndex, String reason) {
        Inserts.insertIfAbsent(commits, StoredCommit.aborted(position, firstGlobalIndex, clock.instant().toString(), reason,
                                                             hasher));
    }

    /** A reader passed every position up to {@code position}: no hole there needs watching any more. */
    void passed(long position) {
        if (!firstSeenNanos.isEmpty()) {
            firstSeenNanos.keySet().removeIf(hole -> hole <= position);
        }
    }
}
