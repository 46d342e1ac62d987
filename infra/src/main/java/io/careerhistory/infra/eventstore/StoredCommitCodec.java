package io.careerhistory.infra.eventstore;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import java.util.ArrayList;
import java.util.List;

import static io.careerhistory.infra.eventstore.BsonFields.readLong;
import static io.careerhistory.infra.eventstore.BsonFields.readString;
import static io.careerhistory.infra.eventstore.BsonFields.readStrings;
import static io.careerhistory.infra.eventstore.BsonFields.writeString;
import static io.careerhistory.infra.eventstore.BsonFields.writeStrings;

/**
 * The stored form of a commit (ADR 0002), written and read straight between BSON and {@link StoredCommit}, with no
 * {@code Document} in between: appending and replaying are the store's hot paths. {@code streamKeys} is written for
 * the unique index and not read back, since it follows from the events.
 */
final class StoredCommitCodec implements Codec<StoredCommit> {

    static final StoredCommitCodec INSTANCE = new StoredCommitCodec();

    @Override
    public void encode(BsonWriter writer, StoredCommit commit, EncoderContext context) {
        writer.writeStartDocument();
        writer.writeInt64("_id", commit.position());
        writer.writeInt64("firstGlobalIndex", commit.firstGlobalIndex());
        writeString(writer, "recordedAt", commit.recordedAt());
        writeString(writer, "actor", commit.actor());
        writeString(writer, "correlationId", commit.correlationId());
        writeString(writer, "causationId", commit.causationId());
        writeStrings(writer, StreamKeys.FIELD, commit.streamKeys());
        writer.writeStartArray("events");
        for (StoredEvent event : commit.events()) {
            StoredEventCodec.INSTANCE.encode(writer, event, context);
        }
        writer.writeEndArray();
        writeStrings(writer, "previousHashes", commit.previousHashes());
        if (commit.isAborted()) {
            writer.writeString("abortedReason", commit.abortedReason());
        }
        writeString(writer, "hash", commit.hash());
        writer.writeEndDocument();
    }

    @Override
    public StoredCommit decode(BsonReader reader, DecoderContext context) {
        long position = 0;
        long firstGlobalIndex = 0;
        String recordedAt = null;
        String actor = null;
        String correlationId = null;
        String causationId = null;
        List<StoredEvent> events = new ArrayList<>(1);
        List<String> previousHashes = List.of();
        String abortedReason = null;
        String hash = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "_id" -> position = readLong(reader);
                case "firstGlobalIndex" -> firstGlobalIndex = readLong(reader);
                case "recordedAt" -> recordedAt = readString(reader);
                case "actor" -> actor = readString(reader);
                case "correlationId" -> correlationId = readString(reader);
                case "causationId" -> causationId = readString(reader);
                case "events" -> readEvents(reader, events, context);
                case "previousHashes" -> previousHashes = readStrings(reader);
                case "abortedReason" -> abortedReason = readString(reader);
                case "hash" -> hash = readString(reader);
                default -> reader.skipValue(); // streamKeys, derived from the events
            }
        }
        reader.readEndDocument();
        return new StoredCommit(position, firstGlobalIndex, recordedAt, actor, correlationId, causationId,
                                List.copyOf(events), previousHashes, abortedReason, hash);
    }

    private static void readEvents(BsonReader reader, List<StoredEvent> events, DecoderContext context) {
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            events.add(StoredEventCodec.INSTANCE.decode(reader, context));
        }
        reader.readEndArray();
    }

    @Override
    public Class<StoredCommit> getEncoderClass() {
        return StoredCommit.class;
    }
}
