package io.careerhistory.infra.eventstore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;

/**
 * The batches of commits one reader will ask for next, fetched on other threads while it handles the current one.
 * A reader alone waits for the server and the server for the reader, one after the other; with batches fetched ahead,
 * the server, the decoding of the next batches and the reader's own work run at the same time (ADR 0002).
 * <p>
 * A batch read ahead is exactly what a read at that moment would have returned, a little earlier; the reader checks it
 * for holes as it checks any batch, and drops everything read ahead once it meets a hole or the head.
 */
final class CommitReadAhead {

    private record Fetch(long from, CompletableFuture<List<StoredCommit>> batch) {
    }

    private final LongFunction<List<StoredCommit>> fetch;
    private final int batchSize;
    private final Executor threads;
    private final int depth;
    private final Deque<Fetch> fetches = new ArrayDeque<>();

    /**
     * {@code fetch}: reads the batch that starts at a position ({@link CommitBatches#fetch}); {@code depth}: how many
     * batches to have on their way at most, 0 to read only when asked.
     */
    CommitReadAhead(LongFunction<List<StoredCommit>> fetch, int batchSize, Executor threads, int depth) {
        this.fetch = fetch;
        this.batchSize = batchSize;
        this.threads = threads;
        this.depth = depth;
    }

    /** The commits at positions [from, from + batch size), in position order: read ahead if it was, read now if not. */
    List<StoredCommit> batchFrom(long from) {
        Fetch next = fetches.poll();
        if (next != null && next.from() == from) {
            try {
                return next.batch().join();
            } catch (RuntimeException failed) {
                // Read again below, so that a failure that persists reaches the reader as it would without read-ahead.
            }
        }
        clear();
        return fetch.apply(from);
    }

    /** The reader is catching up and will ask for the batch at {@code from} next: fetch it and those after it. */
    void aheadOf(long from) {
        if (!fetches.isEmpty() && fetches.peek().from() != from) {
            clear();
        }
        long next = fetches.isEmpty() ? from : fetches.peekLast().from() + batchSize;
        while (fetches.size() < depth) {
            long batchStart = next;
            fetches.add(new Fetch(batchStart, CompletableFuture.supplyAsync(() -> fetch.apply(batchStart), threads)));
            next += batchSize;
        }
    }

    /** Commits per batch: a batch with fewer reached the head. */
    int batchSize() {
        return batchSize;
    }

    /** At a hole or the head: what was read ahead is not needed (fetches on their way finish and are dropped). */
    void clear() {
        fetches.clear();
    }
}
