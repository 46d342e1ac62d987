package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * Walks every commit in global order and proves the store unaltered: each commit's HMAC must match
 * its content and the hash of the commit before it, and no position may be missing.
 */
public final class HashChainVerifier {

    private final MongoCollection<Document> commits;
    private final CommitHasher hasher;
    private final int batchSize;

    public HashChainVerifier(MongoDatabase database, CommitHasher hasher, int batchSize) {
        this.commits = database.getCollection(StoredCommit.COLLECTION);
        this.hasher = hasher;
        this.batchSize = batchSize;
    }

    public Result verify(LongConsumer progress) {
        String previousHash = CommitHasher.GENESIS;
        long expected = 1;
        while (true) {
            List<StoredCommit> batch = CommitBatches.fetch(commits, expected, batchSize);
            for (StoredCommit commit : batch) {
                if (commit.position() != expected) {
                    return Result.broken(expected, "commit " + expected + " is missing");
                }
                if (!previousHash.equals(commit.previousHash())) {
                    return Result.broken(expected, "it does not link to the hash of commit " + (expected - 1));
                }
                if (!hasher.verifies(commit)) {
                    return Result.broken(expected, "its content does not match its hash");
                }
                previousHash = commit.hash();
                expected++;
            }
            progress.accept(expected - 1);
            if (batch.size() < batchSize) {
                return Result.intact(expected - 1);
            }
        }
    }

    /** {@code brokenAt} is the first commit that fails, 0 when the chain is intact. */
    public record Result(long commitsVerified, long brokenAt, String reason) {
        static Result intact(long commits) {
            return new Result(commits, 0, null);
        }

        static Result broken(long at, String reason) {
            return new Result(at - 1, at, reason);
        }

        public boolean intact() {
            return brokenAt == 0;
        }
    }
}
