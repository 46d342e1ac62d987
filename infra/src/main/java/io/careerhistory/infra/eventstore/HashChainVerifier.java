package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import static com.mongodb.client.model.Filters.eq;

/**
 * Walks every commit in global order and proves the store unaltered: each commit's HMAC must match its content, each
 * aggregate stream in it must link to the hash of that stream's previous commit, no position may stay missing (a
 * position being written may be empty for a moment, so a hole is given the readers' hole timeout to fill), and the
 * global chain recomputed over all commits must reach the link of every signed checkpoint ({@link StoreCheckpoints}),
 * which catches commits removed, replaced or reordered, and the newest ones truncated.
 * It keeps one hash per aggregate in memory while it walks.
 */
public final class HashChainVerifier {

    private final MongoCollection<StoredCommit> commits;
    private final CommitHasher hasher;
    private final StoreCheckpoints checkpoints;
    private final int batchSize;
    private final Duration holeTimeout;

    public HashChainVerifier(MongoDatabase database, CommitHasher hasher, StoreCheckpoints checkpoints, int batchSize,
                             Duration holeTimeout) {
        this.commits = StoreCollections.commits(database);
        this.hasher = hasher;
        this.checkpoints = checkpoints;
        this.batchSize = batchSize;
        this.holeTimeout = holeTimeout;
    }

    private record Tail(long lastSequence, String hash) {
    }

    public Result verify(LongConsumer progress) {
        Map<String, Tail> tails = new HashMap<>();
        Deque<StoreCheckpoints.Checkpoint> pending = new ArrayDeque<>(checkpoints.all());
        String link = CommitHasher.GENESIS;
        long expected = 1;
        long aborted = 0;
        while (true) {
            List<StoredCommit> batch = CommitBatches.fetch(commits, expected, batchSize);
            int checked = 0;
            for (StoredCommit commit : batch) {
                if (commit.position() != expected) {
                    break;
                }
                String problem = problemWith(commit, tails);
                if (problem != null) {
                    return Result.broken(expected, aborted, problem);
                }
                link = hasher.chain(link, commit.hash());
                String signed = checkpointProblem(pending, expected, link);
                if (signed != null) {
                    return Result.broken(expected, aborted, signed);
                }
                aborted += commit.isAborted() ? 1 : 0;
                expected++;
                checked++;
            }
            progress.accept(expected - 1);
            if (checked < batch.size()) {
                if (!arrives(expected)) {
                    return Result.broken(expected, aborted, "commit " + expected + " is missing while later ones exist");
                }
            } else if (batch.size() < batchSize) {
                StoreCheckpoints.Checkpoint beyond = pending.peekFirst();
                if (beyond != null) {
                    return Result.broken(expected, aborted, "the store ends at commit " + (expected - 1)
                            + ", but a checkpoint signed at " + beyond.signedAt() + " vouches for commits up to "
                            + beyond.position() + ": the newest commits were removed");
                }
                return Result.intact(expected - 1, aborted);
            }
        }
    }

    /** Checks the checkpoints at this position: signed with our key, and vouching for exactly the chain recomputed. */
    private String checkpointProblem(Deque<StoreCheckpoints.Checkpoint> pending, long position, String link) {
        while (!pending.isEmpty() && pending.peekFirst().position() <= position) {
            StoreCheckpoints.Checkpoint checkpoint = pending.pollFirst();
            if (!checkpoints.signedByUs(checkpoint)) {
                return "the checkpoint at commit " + checkpoint.position() + " is not signed with the store's key";
            }
            if (checkpoint.position() == position && !checkpoint.link().equals(link)) {
                return "the commits up to " + position + " differ from those a checkpoint signed at "
                        + checkpoint.signedAt() + ": one was removed, replaced or reordered";
            }
        }
        return null;
    }

    private String problemWith(StoredCommit commit, Map<String, Tail> tails) {
        if (!hasher.verifies(commit)) {
            return "its content does not match its hash (streams "
                    + commit.streams().stream().map(StoredCommit.Stream::aggregateId).toList() + ")";
        }
        List<StoredCommit.Stream> streams = commit.streams();
        if (streams.size() != commit.previousHashes().size()) {
            return "it does not link to the previous commit of each aggregate in it";
        }
        for (int i = 0; i < streams.size(); i++) {
            StoredCommit.Stream stream = streams.get(i);
            Tail previous = tails.get(stream.aggregateId());
            String expectedLink = stream.firstSequence() == 0 ? CommitHasher.GENESIS
                    : previous != null && previous.lastSequence() == stream.firstSequence() - 1 ? previous.hash()
                    : null;
            if (!commit.previousHashes().get(i).equals(expectedLink)) {
                return "it does not link to the previous commit of aggregate " + stream.aggregateId();
            }
            tails.put(stream.aggregateId(), new Tail(stream.lastSequence(), commit.hash()));
        }
        return null;
    }

    /** Whether the missing position is written (or filled by a reader) within the hole timeout and a margin. */
    private boolean arrives(long position) {
        long deadline = System.nanoTime() + holeTimeout.toNanos() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (commits.find(eq("_id", position)).first() != null) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** {@code brokenAt} is the first commit that fails, 0 when the chain is intact; {@code aborted} counts the fillers. */
    public record Result(long commitsVerified, long aborted, long brokenAt, String reason) {
        static Result intact(long commits, long aborted) {
            return new Result(commits, aborted, 0, null);
        }

        static Result broken(long at, long aborted, String reason) {
            return new Result(at - 1, aborted, at, reason);
        }

        public boolean intact() {
            return brokenAt == 0;
        }
    }
}
