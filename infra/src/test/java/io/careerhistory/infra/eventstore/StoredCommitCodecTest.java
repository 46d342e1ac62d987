package io.careerhistory.infra.eventstore;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored shape of a commit (ADR 0002): format 2 as written now, and format 1 as stores written before hold it. */
class StoredCommitCodecTest {

    private static final CommitHasher HASHER = new CommitHasher("codec-test-key-0123456789".getBytes(StandardCharsets.UTF_8));
    private static final String RECORDED_AT = "2026-01-02T03:04:05Z";

    private static final StoredEvent HIRED = new StoredEvent("e-1", "emp-1", "EmployeeCareer", 0, RECORDED_AT,
                                                             "io.x.Hired", null, "{\"name\":\"Ada\"}", "{}");
    private static final StoredEvent NOTE = new StoredEvent("e-2", null, null, 0, RECORDED_AT,
                                                            "io.x.Note", "2", "{}", "{\"actor\":\"bob\"}");

    @Test
    void aOneEventCommitHoldsItsEventInlineWithOneStreamKeyBinaryHashesAndNoNulls() {
        StoredCommit commit = commit(List.of(HIRED));

        BsonDocument stored = encode(commit);

        assertThat(stored.keySet()).containsExactly("_id", "firstGlobalIndex", "actor", "correlationId", "streamKeys",
                                                    "eventId", "aggregateId", "type", "seq", "timestamp", "payloadType",
                                                    "payload", "metadata", "previousHashes", "hash");
        assertThat(stored.getInt64("_id").getValue()).isEqualTo(7);
        assertThat(stored.getString("streamKeys").getValue()).isEqualTo("emp-1:0");
        assertThat(stored.getInt64("seq").getValue()).isZero();
        assertThat(stored.getString("timestamp").getValue()).as("also the commit's recordedAt").isEqualTo(RECORDED_AT);
        assertThat(stored.getArray("previousHashes").get(0).asString().getValue()).isEqualTo(CommitHasher.GENESIS);
        assertThat(HexFormat.of().formatHex(stored.getBinary("hash").getData())).isEqualTo(commit.hash());
    }

    @Test
    void aCommitOfSeveralEventsHoldsThemInAnArray() {
        StoredCommit commit = commit(List.of(HIRED, NOTE));

        BsonDocument stored = encode(commit);

        assertThat(stored.keySet()).containsExactly("_id", "firstGlobalIndex", "actor", "correlationId", "streamKeys",
                                                    "events", "previousHashes", "hash");
        assertThat(stored.getArray("streamKeys").stream().map(v -> v.asString().getValue()))
                .containsExactly(HIRED.streamKey(), StreamKeys.forEventWithoutAggregate("e-2"));
        assertThat(stored.getArray("events").get(0).asDocument().keySet())
                .containsExactly("eventId", "aggregateId", "type", "seq", "timestamp", "payloadType", "payload", "metadata");
        assertThat(stored.getArray("events").get(1).asDocument().containsKey("aggregateId")).isFalse();
    }

    @Test
    void readsBackWhatItWrote() {
        StoredCommit hired = commit(List.of(HIRED));
        StoredCommit linked = new StoredCommit(0, 0, RECORDED_AT, "alice", null, null,
                                               List.of(new StoredEvent("e-3", "emp-1", "EmployeeCareer", 1, RECORDED_AT,
                                                                       "io.x.Moved", null, "{}", "{}")),
                                               List.of(), null, null).at(8, 41, List.of(hired.hash()), HASHER);
        for (StoredCommit commit : List.of(hired, linked, commit(List.of(HIRED, NOTE)), commit(List.of(NOTE)))) {
            StoredCommit read = decode(encode(commit));

            assertThat(read).isEqualTo(commit);
            assertThat(HASHER.verifies(read)).isTrue();
        }
    }

    @Test
    void readsAndVerifiesACommitStoredInFormat1() {
        StoredCommit commit = commit(List.of(HIRED, NOTE));
        BsonDocument format1 = BsonDocument.parse("""
                {"_id": {"$numberLong": "7"}, "firstGlobalIndex": {"$numberLong": "40"},
                 "recordedAt": "2026-01-02T03:04:05Z", "actor": "alice", "correlationId": "corr-1", "causationId": null,
                 "streamKeys": ["emp-1:0", "~event:e-2"],
                 "events": [
                   {"eventId": "e-1", "aggregateId": "emp-1", "type": "EmployeeCareer", "seq": {"$numberLong": "0"},
                    "timestamp": "2026-01-02T03:04:05Z", "payloadType": "io.x.Hired", "payloadRevision": null,
                    "payload": "{\\"name\\":\\"Ada\\"}", "metadata": "{}"},
                   {"eventId": "e-2", "aggregateId": null, "type": null, "seq": {"$numberLong": "0"},
                    "timestamp": "2026-01-02T03:04:05Z", "payloadType": "io.x.Note", "payloadRevision": "2",
                    "payload": "{}", "metadata": "{\\"actor\\":\\"bob\\"}"}],
                 "previousHashes": ["genesis"], "hash": "%s"}""".formatted(commit.hash()));

        StoredCommit read = decode(format1);

        assertThat(read).isEqualTo(commit);
        assertThat(HASHER.verifies(read)).isTrue();
    }

    @Test
    void keepsTheReasonAndTimeOfAnAbortedCommit() {
        StoredCommit aborted = StoredCommit.aborted(9, 3, RECORDED_AT, "the writer died", HASHER);

        BsonDocument stored = encode(aborted);
        StoredCommit read = decode(stored);

        assertThat(stored.getString("abortedReason").getValue()).isEqualTo("the writer died");
        assertThat(stored.getString("recordedAt").getValue()).isEqualTo(RECORDED_AT);
        assertThat(stored.getString("streamKeys").getValue()).isEqualTo(StreamKeys.forAbortedCommit(9));
        assertThat(read.isAborted()).isTrue();
        assertThat(read).isEqualTo(aborted);
        assertThat(HASHER.verifies(read)).isTrue();
    }

    @Test
    void keepsARecordingTimeThatIsNotTheFirstEventsTimestamp() {
        StoredCommit commit = new StoredCommit(0, 0, "2026-01-02T03:04:06Z", "alice", null, null, List.of(HIRED),
                                               List.of(), null, null).at(7, 40, List.of(CommitHasher.GENESIS), HASHER);

        StoredCommit read = decode(encode(commit));

        assertThat(read).isEqualTo(commit);
        assertThat(HASHER.verifies(read)).isTrue();
    }

    @Test
    void keepsAHashThatIsNotLowerCaseHexAsText() {
        String upperCase = "AB".repeat(32);
        StoredCommit commit = new StoredCommit(7, 40, RECORDED_AT, "alice", null, null, List.of(HIRED),
                                               List.of(upperCase, "ab".repeat(31) + "ag"), null, "ab".repeat(32));

        BsonDocument stored = encode(commit);

        assertThat(stored.getArray("previousHashes").get(0).asString().getValue()).isEqualTo(upperCase);
        assertThat(stored.getArray("previousHashes").get(1).isString()).isTrue();
        assertThat(stored.get("hash").isBinary()).isTrue();
        assertThat(decode(stored)).isEqualTo(commit);
    }

    @Test
    void readsNumbersWrittenAsInt32AndSkipsFieldsItDoesNotKnow() {
        StoredCommit commit = commit(List.of(HIRED));
        BsonDocument stored = encode(commit);
        stored.put("_id", new BsonInt32(7));
        stored.put("firstGlobalIndex", new BsonInt32(40));
        stored.put("seq", new BsonInt32(0));
        stored.put("addedByAnotherTool", new BsonString("ignored"));

        StoredCommit read = decode(stored);

        assertThat(read).isEqualTo(commit);
    }

    private static StoredCommit commit(List<StoredEvent> events) {
        return new StoredCommit(0, 0, RECORDED_AT, "alice", "corr-1", null, events, List.of(), null, null)
                .at(7, 40, List.of(CommitHasher.GENESIS), HASHER);
    }

    private static BsonDocument encode(StoredCommit commit) {
        BsonDocument document = new BsonDocument();
        StoredCommitCodec.INSTANCE.encode(new BsonDocumentWriter(document), commit, EncoderContext.builder().build());
        return document;
    }

    private static StoredCommit decode(BsonDocument document) {
        return StoredCommitCodec.INSTANCE.decode(new BsonDocumentReader(document), DecoderContext.builder().build());
    }
}
