package io.careerhistory.infra.eventstore;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import java.util.ArrayList;
import java.util.List;

import static io.careerhistory.infra.eventstore.BsonFields.readHash;
import static io.careerhistory.infra.eventstore.BsonFields.readHashes;
import static io.careerhistory.infra.eventstore.BsonFields.readLong;
import static io.careerhistory.infra.eventstore.BsonFields.readString;
import static io.careerhistory.infra.eventstore.BsonFields.writeHash;
import static io.careerhistory.infra.eventstore.BsonFields.writeIfPresent;

/**
 * The stored form of a commit (ADR 0002), written and read straight between BSON and {@link StoredCommit}, with no
 * {@code Document} in between: appending and replaying are the store's hot paths.
 * <p>
 * It writes format 2, the lean form of ADR 0002: a one-event commit holds its event's fields inline, a commit that
 * extends one stream holds its stream key as a plain string, hashes are 32 bytes of binary, null fields are left out,
 * and {@code recordedAt} is left out when it is the first event's timestamp. It reads format 2 and format 1 (an
 * {@code events} array, arrays of keys, hex hashes, nulls) alike, into the same {@link StoredCommit}, so a store
 * written before holds both and its hash chain verifies unchanged: the hashes cover the values, not the BSON.
 * {@code streamKeys} is written for the unique index and not read back, since it follows from the events.
 */
final class StoredCommitCodec implements Codec<StoredCommit> {

    static final StoredCommitCodec INSTANCE = new StoredCommitCodec();

    @Override
    public void encode(BsonWriter writer, StoredCommit commit, EncoderContext context) {
        List<StoredEvent> events = commit.events();
        writer.writeStartDocument();
        writer.writeInt64("_id", commit.position());
        writer.writeInt64("firstGlobalIndex", commit.firstGlobalIndex());
        if (events.isEmpty() || !commit.recordedAt().equals(events.get(0).timestamp())) {
            writer.writeString("recordedAt", commit.recordedAt());
        }
        writeIfPresent(writer, "actor", commit.actor());
        writeIfPresent(writer, "correlationId", commit.correlationId());
        writeIfPresent(writer, "causationId", commit.causationId());
        writeStreamKeys(writer, commit.streamKeys());
        if (events.size() == 1) {
            StoredEventCodec.writeFields(writer, events.get(0));
        } else if (!events.isEmpty()) {
            writer.writeStartArray("events");
            for (StoredEvent event : events) {
                StoredEventCodec.INSTANCE.encode(writer, event, context);
            }
            writer.writeEndArray();
        }
        writer.writeStartArray("previousHashes");
        commit.previousHashes().forEach(hash -> writeHash(writer, hash));
        writer.writeEndArray();
        writeIfPresent(writer, "abortedReason", commit.abortedReason());
        writer.writeName("hash");
        writeHash(writer, commit.hash());
        writer.writeEndDocument();
    }

    /** One key as a string, more as an array: a unique index and an equality or $in query treat both alike. */
    private static void writeStreamKeys(BsonWriter writer, List<String> keys) {
        if (keys.size() == 1) {
            writer.writeString(StreamKeys.FIELD, keys.get(0));
            return;
        }
        writer.writeStartArray(StreamKeys.FIELD);
        keys.forEach(writer::writeString);
        writer.writeEndArray();
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
        StoredEventCodec.Fields inline = new StoredEventCodec.Fields();
        List<String> previousHashes = List.of();
        String abortedReason = null;
        String hash = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            switch (name) {
                case "_id" -> position = readLong(reader);
                case "firstGlobalIndex" -> firstGlobalIndex = readLong(reader);
                case "recordedAt" -> recordedAt = readString(reader);
                case "actor" -> actor = readString(reader);
                case "correlationId" -> correlationId = readString(reader);
                case "causationId" -> causationId = readString(reader);
                case "events" -> readEvents(reader, events, context);
                case "previousHashes" -> previousHashes = readHashes(reader);
                case "abortedReason" -> abortedReason = readString(reader);
                case "hash" -> hash = readHash(reader);
                default -> {
                    if (!inline.read(name, reader)) {
                        reader.skipValue(); // streamKeys, derived from the events
                    }
                }
            }
        }
        reader.readEndDocument();
        if (inline.found()) {
            events.add(inline.toEvent());
        }
        if (recordedAt == null && !events.isEmpty()) {
            recordedAt = events.get(0).timestamp();
        }
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
