package io.careerhistory.infra.eventstore;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import static io.careerhistory.infra.eventstore.BsonFields.readLong;
import static io.careerhistory.infra.eventstore.BsonFields.readString;
import static io.careerhistory.infra.eventstore.BsonFields.writeIfPresent;

/**
 * The stored form of one event: inline in a one-event commit, inside a larger commit's {@code events} array, and as a
 * snapshot document. Written and read straight between BSON and {@link StoredEvent}: going through {@code Document}
 * maps cost the writers a third of their encoding time. A null field is left out (ADR 0002, format 2) and read back as
 * null; stores written before that hold it as BSON null, which reads the same. Fields it does not know (a snapshot's
 * {@code _id}) are skipped.
 */
final class StoredEventCodec implements Codec<StoredEvent> {

    static final StoredEventCodec INSTANCE = new StoredEventCodec();

    @Override
    public void encode(BsonWriter writer, StoredEvent event, EncoderContext context) {
        writer.writeStartDocument();
        writeFields(writer, event);
        writer.writeEndDocument();
    }

    /** The event's fields, into whichever document is being written. */
    static void writeFields(BsonWriter writer, StoredEvent event) {
        writeIfPresent(writer, "eventId", event.eventId());
        writeIfPresent(writer, "aggregateId", event.aggregateId());
        writeIfPresent(writer, "type", event.type());
        writer.writeInt64("seq", event.sequence());
        writeIfPresent(writer, "timestamp", event.timestamp());
        writeIfPresent(writer, "payloadType", event.payloadType());
        writeIfPresent(writer, "payloadRevision", event.payloadRevision());
        writeIfPresent(writer, "payload", event.payload());
        writeIfPresent(writer, "metadata", event.metadata());
    }

    @Override
    public StoredEvent decode(BsonReader reader, DecoderContext context) {
        Fields fields = new Fields();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            if (!fields.read(reader.readName(), reader)) {
                reader.skipValue();
            }
        }
        reader.readEndDocument();
        return fields.toEvent();
    }

    @Override
    public Class<StoredEvent> getEncoderClass() {
        return StoredEvent.class;
    }

    /** An event's fields as they are read, from its own document or inline in a commit. */
    static final class Fields {
        private String eventId;
        private String aggregateId;
        private String type;
        private long sequence;
        private String timestamp;
        private String payloadType;
        private String payloadRevision;
        private String payload;
        private String metadata;

        /** Reads the value of {@code name} if it is an event field; false, with the value still unread, if not. */
        boolean read(String name, BsonReader reader) {
            switch (name) {
                case "eventId" -> eventId = readString(reader);
                case "aggregateId" -> aggregateId = readString(reader);
                case "type" -> type = readString(reader);
                case "seq" -> sequence = readLong(reader);
                case "timestamp" -> timestamp = readString(reader);
                case "payloadType" -> payloadType = readString(reader);
                case "payloadRevision" -> payloadRevision = readString(reader);
                case "payload" -> payload = readString(reader);
                case "metadata" -> metadata = readString(reader);
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** Whether the commit held an event inline: every event has an id. */
        boolean found() {
            return eventId != null;
        }

        StoredEvent toEvent() {
            return new StoredEvent(eventId, aggregateId, type, sequence, timestamp, payloadType, payloadRevision,
                                   payload, metadata);
        }
    }
}
