package io.careerhistory.infra.eventstore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Reads the global stream lazily in batches of commits fetched as {@code _id $in [k .. k+B-1]}.
 * It stops at the first missing position: writers insert in parallel, so a later commit can be visible before an
 * earlier one, and delivering it would let the token jump past the earlier one. A hole that outlives the
 * {@link HoleFiller}'s timeout is filled with an aborted commit, and reading goes on.
 * <p>
 * While it catches up (a replay, a processor behind the head) it reads the next batches ahead
 * ({@link CommitReadAhead}); at the head (a short batch) or at a hole it drops them and reads only when asked.
 */
final class CommitSpliterator extends Spliterators.AbstractSpliterator<StoredEventData> {

    private final HoleFiller holes;
    private final CommitReadAhead batches;
    private final Deque<StoredEventData> buffer = new ArrayDeque<>();
    private long nextPosition;
    private int skipUpToIndex;
    private boolean exhausted;

    CommitSpliterator(HoleFiller holes, CommitReadAhead batches, CommitToken after) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.holes = holes;
        this.batches = batches;
        // Re-read the token's own commit and skip the events already seen: a processor may stop mid-commit.
        this.nextPosition = after == null ? 1 : after.getCommit();
        this.skipUpToIndex = after == null ? -1 : after.getIndex();
    }

    @Override
    public boolean tryAdvance(Consumer<? super StoredEventData> action) {
        while (buffer.isEmpty() && !exhausted) {
            fetchBatch();
        }
        StoredEventData next = buffer.poll();
        if (next == null) {
            return false;
        }
        action.accept(next);
        return true;
    }

    private void fetchBatch() {
        List<StoredCommit> batch = batches.batchFrom(nextPosition);
        long firstRequested = nextPosition;
        for (StoredCommit commit : batch) {
            if (commit.position() != nextPosition) {
                // A hole: everything after it waits, unless the hole is old enough to be filled now.
                batches.clear();
                exhausted = !holes.fillIfStale(nextPosition, commit.firstGlobalIndex());
                holes.passed(nextPosition - 1);
                return;
            }
            enqueue(commit);
            nextPosition++;
        }
        holes.passed(nextPosition - 1);
        // A short batch means we reached the head; the event store polls again later.
        exhausted = nextPosition - firstRequested < batches.batchSize();
        if (exhausted) {
            batches.clear();
        } else {
            batches.aheadOf(nextPosition);
        }
    }

    private void enqueue(StoredCommit commit) {
        List<StoredEvent> events = commit.events();
        for (int i = 0; i < events.size(); i++) {
            if (i <= skipUpToIndex) {
                continue;
            }
            CommitToken token = new CommitToken(commit.position(), i, commit.firstGlobalIndex() + i);
            buffer.add(StoredEventData.of(events.get(i), token));
        }
        skipUpToIndex = -1;
    }
}
