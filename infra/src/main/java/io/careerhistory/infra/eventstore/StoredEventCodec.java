package io.careerhistory.infra.eventstore;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import static io.careerhistory.infra.eventstore.BsonFields.readLong;
import static io.careerhistory.infra.eventstore.BsonFields.readString;
import static io.careerhistory.infra.eventstore.BsonFields.writeString;

/**
 * The stored form of one event, inside a commit's {@code events} array and as a snapshot document. Written and read
 * straight between BSON and {@link StoredEvent}: going through {@code Document} maps cost the writers a third of
 * their encoding time. Fields it does not know (a snapshot's {@code _id}) are skipped.
 */
final class StoredEventCodec implements Codec<StoredEvent> {

    static final StoredEventCodec INSTANCE = new StoredEventCodec();

    @Override
    public void encode(BsonWriter writer, StoredEvent event, EncoderContext context) {
        writer.writeStartDocument();
        writeString(writer, "eventId", event.eventId());
        writeString(writer, "aggregateId", event.aggregateId());
        writeString(writer, "type", event.type());
        writer.writeInt64("seq", event.sequence());
        writeString(writer, "timestamp", event.timestamp());
        writeString(writer, "payloadType", event.payloadType());
        writeString(writer, "payloadRevision", event.payloadRevision());
        writeString(writer, "payload", event.payload());
        writeString(writer, "metadata", event.metadata());
        writer.writeEndDocument();
    }

    @Override
    public StoredEvent decode(BsonReader reader, DecoderContext context) {
        String eventId = null;
        String aggregateId = null;
        String type = null;
        long sequence = 0;
        String timestamp = null;
        String payloadType = null;
        String payloadRevision = null;
        String payload = null;
        String metadata = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "eventId" -> eventId = readString(reader);
                case "aggregateId" -> aggregateId = readString(reader);
                case "type" -> type = readString(reader);
                case "seq" -> sequence = readLong(reader);
                case "timestamp" -> timestamp = readString(reader);
                case "payloadType" -> payloadType = readString(reader);
                case "payloadRevision" -> payloadRevision = readString(reader);
                case "payload" -> payload = readString(reader);
                case "metadata" -> metadata = readString(reader);
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new StoredEvent(eventId, aggregateId, type, sequence, timestamp, payloadType, payloadRevision, payload,
                               metadata);
    }

    @Override
    public Class<StoredEvent> getEncoderClass() {
        return StoredEvent.class;
    }
}
