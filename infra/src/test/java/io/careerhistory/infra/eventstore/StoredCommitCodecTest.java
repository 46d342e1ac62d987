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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoredCommitCodecTest {

    private static final CommitHasher HASHER = new CommitHasher("codec-test-key-0123456789".getBytes(StandardCharsets.UTF_8));

    private static final StoredEvent HIRED = new StoredEvent("e-1", "emp-1", "EmployeeCareer", 0, "2026-01-02T03:04:05Z",
                                                             "io.x.Hired", null, "{\"name\":\"Ada\"}", "{}");
    private static final StoredEvent NOTE = new StoredEvent("e-2", null, null, 0, "2026-01-02T03:04:05Z",
                                                            "io.x.Note", "2", "{}", "{\"actor\":\"bob\"}");

    @Test
    void writesTheDocumentShapeOfAdr0002() {
        StoredCommit commit = commit(List.of(HIRED, NOTE));

        BsonDocument stored = encode(commit);

        assertThat(stored.keySet()).containsExactly("_id", "firstGlobalIndex", "recordedAt", "actor", "correlationId",
                                                    "causationId", "streamKeys", "events", "previousHashes", "hash");
        assertThat(stored.getInt64("_id").getValue()).isEqualTo(7);
        assertThat(stored.isNull("causationId")).isTrue();
        assertThat(stored.getArray("streamKeys").stream().map(v -> v.asString().getValue()))
                .containsExactly(HIRED.streamKey(), StreamKeys.forEventWithoutAggregate("e-2"));
        BsonDocument firstEvent = stored.getArray("events").get(0).asDocument();
        assertThat(firstEvent.keySet()).containsExactly("eventId", "aggregateId", "type", "seq", "timestamp",
                                                        "payloadType", "payloadRevision", "payload", "metadata");
        assertThat(firstEvent.getInt64("seq").getValue()).isZero();
        assertThat(firstEvent.isNull("payloadRevision")).isTrue();
        assertThat(stored.getArray("events").get(1).asDocument().isNull("aggregateId")).isTrue();
        assertThat(stored.getString("hash").getValue()).isEqualTo(commit.hash());
    }

    @Test
    void readsBackWhatItWrote() {
        StoredCommit commit = commit(List.of(HIRED, NOTE));

        StoredCommit read = decode(encode(commit));

        assertThat(read).isEqualTo(commit);
        assertThat(HASHER.verifies(read)).isTrue();
    }

    @Test
    void keepsTheReasonOfAnAbortedCommit() {
        StoredCommit aborted = StoredCommit.aborted(9, 3, "2026-01-02T03:04:05Z", "the writer died", HASHER);

        BsonDocument stored = encode(aborted);
        StoredCommit read = decode(stored);

        assertThat(stored.getString("abortedReason").getValue()).isEqualTo("the writer died");
        assertThat(read.isAborted()).isTrue();
        assertThat(read).isEqualTo(aborted);
        assertThat(HASHER.verifies(read)).isTrue();
    }

    @Test
    void readsNumbersWrittenAsInt32AndSkipsFieldsItDoesNotKnow() {
        StoredCommit commit = commit(List.of(HIRED));
        BsonDocument stored = encode(commit);
        stored.put("_id", new BsonInt32(7));
        stored.put("firstGlobalIndex", new BsonInt32(40));
        stored.getArray("events").get(0).asDocument().put("seq", new BsonInt32(0));
        stored.put("addedByAnotherTool", new BsonString("ignored"));

        StoredCommit read = decode(stored);

        assertThat(read).isEqualTo(commit);
    }

    private static StoredCommit commit(List<StoredEvent> events) {
        return new StoredCommit(0, 0, "2026-01-02T03:04:05Z", "alice", "corr-1", null, events, List.of(), null, null)
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
