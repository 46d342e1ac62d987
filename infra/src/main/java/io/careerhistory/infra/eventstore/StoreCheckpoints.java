package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints of the store's head, kept in {@code store_checkpoints}, apart from the commits: each names a
 * position, the global chain's link at that position (which covers every commit up to it, in order), when it was
 * taken, and a keyed signature of the three. Whoever deletes or rewrites commits up to a checkpoint, or truncates the
 * store below it, cannot make the chain reach the signed link again without the key.
 */
public final class StoreCheckpoints {

    static final String COLLECTION = "store_checkpoints";

    private final MongoCollection<Document> checkpoints;
    private final MongoCollection<StoredCommit> commits;
    private final CommitHasher hasher;
    private final int batchSize;
    private final Clock clock;

    public StoreCheckpoints(MongoDatabase database, CommitHasher hasher, int batchSize, Clock clock) {
        this.checkpoints = database.getCollection(COLLECTION);
        this.commits = StoreCollections.commits(database);
        this.hasher = hasher;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** One signed checkpoint. */
    public record Checkpoint(long position, String link, String signedAt, String signature) {
        Document toDocument() {
            return new Document("_id", position).append("link", link).append("signedAt", signedAt)
                                                .append("signature", signature);
        }

        static Checkpoint of(Document d) {
            return new Checkpoint(d.get("_id", Number.class).longValue(), d.getString("link"), d.getString("signedAt"),
                                  d.getString("signature"));
        }
    }

    /**
     * Extends the global chain from the latest checkpoint over every commit stored without a gap after it, and signs a
     * checkpoint at the new head; empty when nothing new is stored. Commits whose stored hash is wrong are not sealed:
     * sealing stops before them, so a checkpoint never vouches for an altered commit.
     */
    public synchronized Optional<Checkpoint> seal() {
        Optional<Checkpoint> latest = latest();
        long position = latest.map(Checkpoint::position).orElse(0L);
        String link = latest.map(Checkpoint::link).orElse(CommitHasher.GENESIS);
        long sealedUpTo = position;
        while (true) {
            List<StoredCommit> batch = CommitBatches.fetch(commits, position + 1, batchSize);
            boolean gap = false;
            for (StoredCommit commit : batch) {
                if (commit.position() != position + 1 || !hasher.verifies(commit)) {
                    gap = true;
                    break;
                }
                link = hasher.chain(link, commit.hash());
                position = commit.position();
            }
            if (gap || batch.size() < batchSize) {
                break;
            }
        }
        if (position == sealedUpTo) {
            return Optional.empty();
        }
        String signedAt = clock.instant().toString();
        Checkpoint checkpoint = new Checkpoint(position, link, signedAt, hasher.signCheckpoint(position, link, signedAt));
        checkpoints.insertOne(checkpoint.toDocument());
        return Optional.of(checkpoint);
    }

    public Optional<Checkpoint> latest() {
        return Optional.ofNullable(checkpoints.find().sort(Sorts.descending("_id")).limit(1).first()).map(Checkpoint::of);
    }

    /** Every checkpoint, oldest first; the verifier checks each against the chain it recomputes. */
    List<Checkpoint> all() {
        List<Checkpoint> all = new ArrayList<>();
        checkpoints.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(Checkpoint.of(d)));
        return all;
    }

    boolean signedByUs(Checkpoint checkpoint) {
        return hasher.signCheckpoint(checkpoint.position(), checkpoint.link(), checkpoint.signedAt())
                     .equals(checkpoint.signature());
    }
}
