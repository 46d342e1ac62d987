package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.set;
import static io.careerhistory.infra.eventstore.MongoCommitEventStorageEngineIT.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way of altering the store directly in MongoDB is detected, and the report names the commit and why. The store:
 * streams A, B and C, one event a commit, interleaved (A0 B0 C0 A1 B1 C1 ... C3 at positions 1 to 12), a signed
 * checkpoint at 12, then A4 at 13.
 */
class TamperEvidenceIT {

    private EmbeddedMongoForTests mongo;
    private MongoClient client;
    private MongoDatabase database;
    private MongoCollection<Document> commits;
    private StoreCheckpoints checkpoints;
    private HashChainVerifier verifier;

    @BeforeEach
    void storeTwelveCommitsACheckpointAndOneMore() {
        mongo = new EmbeddedMongoForTests();
        client = mongo.client();
        database = client.getDatabase("tamper-test");
        commits = database.getCollection(StoredCommit.COLLECTION);
        MongoCommitEventStorageEngine engine = MongoCommitEventStorageEngineIT.engine(database, List.of());
        for (int seq = 0; seq < 4; seq++) {
            for (String stream : List.of("A", "B", "C")) {
                engine.appendEvents(event(stream, seq, new MongoCommitEventStorageEngineIT.Note(stream + seq)));
            }
        }
        checkpoints = new StoreCheckpoints(database, EmbeddedMongoForTests.HASHER, 8, Clock.systemUTC());
        assertThat(checkpoints.seal()).get().extracting(StoreCheckpoints.Checkpoint::position).isEqualTo(12L);
        engine.appendEvents(event("A", 4, new MongoCommitEventStorageEngineIT.Note("A4")));
        verifier = new HashChainVerifier(database, EmbeddedMongoForTests.HASHER, checkpoints, 8,
                                         MongoCommitEventStorageEngineIT.HOLE_TIMEOUT);
        assertThat(verifier.verify(p -> { }).intact()).isTrue();
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    private HashChainVerifier.Result verify() {
        return verifier.verify(p -> { });
    }

    private Document commitAt(long position) {
        return commits.find(eq("_id", position)).first();
    }

    private void editPayload(long position, String from, String to) {
        Document commit = commitAt(position);
        String payload = StoredCommitDocuments.events(commit).get(0).getString("payload");
        commits.updateOne(eq("_id", position),
                          set(StoredCommitDocuments.eventFieldPath(commit, 0, "payload"), payload.replace(from, to)));
    }

    /** What the store does with a position left empty too long: a signed, aborted commit. */
    private void fillAsTheStoreWould(long position) {
        MongoCollection<StoredCommit> stored = StoreCollections.commits(database);
        long nextGlobalIndex = stored.find(eq("_id", position - 1)).first().nextGlobalIndex();
        stored.insertOne(StoredCommit.aborted(position, nextGlobalIndex, "2026-01-01T00:00:00Z", "hole filled",
                                              EmbeddedMongoForTests.HASHER));
    }

    @Test
    void anEditedPayloadIsFoundAtItsCommitAndStream() {
        editPayload(5, "B1", "B9");

        HashChainVerifier.Result result = verify();
        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.reason()).contains("does not match its hash").contains("[B]");
    }

    @Test
    void anEditWithThePlainHashRecomputedIsFoundBecauseTheHashIsKeyed() throws Exception {
        editPayload(5, "B1", "B9");
        Document commit = commitAt(5);
        String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                             .digest(commit.toJson().getBytes(StandardCharsets.UTF_8)));
        commits.updateOne(eq("_id", 5L), set("hash", plain));

        assertThat(verify().brokenAt()).isEqualTo(5);
    }

    @Test
    void anEventDeletedInTheMiddleIsFoundEvenAfterTheStoreFillsItsPosition() {
        commits.deleteOne(eq("_id", 5L));
        assertThat(verify().brokenAt()).as("left empty").isEqualTo(5);

        fillAsTheStoreWould(5);
        HashChainVerifier.Result filled = verify();
        assertThat(filled.brokenAt()).as("B2 no longer links to B1").isEqualTo(8);
        assertThat(filled.reason()).contains("aggregate B");
    }

    @Test
    void theDeletedTailOfAStreamIsFoundThoughNoLaterCommitOfItLinksToIt() {
        commits.deleteOne(eq("_id", 12L)); // C3, the last of stream C
        fillAsTheStoreWould(12);

        HashChainVerifier.Result result = verify();
        assertThat(result.brokenAt()).isEqualTo(12);
        assertThat(result.reason()).contains("differ from those a checkpoint signed");
    }

    @Test
    void aWholeDeletedStreamIsFound() {
        commits.deleteMany(in("_id", List.of(3L, 6L, 9L, 12L)));

        assertThat(verify().brokenAt()).isEqualTo(3);
    }

    @Test
    void twoSwappedEventsAreFound() {
        Document fourth = commitAt(4);
        Document seventh = commitAt(7);
        commits.replaceOne(eq("_id", 4L),
                           StoredCommitDocuments.withInlineEvent(fourth, StoredCommitDocuments.events(seventh).get(0)));
        commits.replaceOne(eq("_id", 7L),
                           StoredCommitDocuments.withInlineEvent(seventh, StoredCommitDocuments.events(fourth).get(0)));

        HashChainVerifier.Result result = verify();
        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.reason()).contains("[A]");
    }

    @Test
    void theNewestEventsTruncatedAreFoundByTheSignedCheckpoint() {
        commits.deleteMany(in("_id", List.of(11L, 12L, 13L)));

        HashChainVerifier.Result result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(11);
        assertThat(result.reason()).contains("the store ends at commit 10").contains("vouches for commits up to 12");
    }

    @Test
    void aForgedCheckpointIsFound() {
        database.getCollection(StoreCheckpoints.COLLECTION).updateOne(eq("_id", 12L), set("link", "forged"));

        HashChainVerifier.Result result = verify();
        assertThat(result.brokenAt()).isEqualTo(12);
        assertThat(result.reason()).contains("not signed with the store's key");
    }

    @Test
    void sealingAgainSignsOnlyWhatIsNewAndNeverAnAlteredCommit() {
        assertThat(checkpoints.seal()).get().extracting(StoreCheckpoints.Checkpoint::position).isEqualTo(13L);
        assertThat(checkpoints.seal()).isEmpty();
        editPayload(13, "A4", "A5");
        assertThat(verify().brokenAt()).isEqualTo(13);
    }
}
