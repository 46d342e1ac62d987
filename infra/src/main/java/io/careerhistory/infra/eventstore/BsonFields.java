package io.careerhistory.infra.eventstore;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;

import java.util.ArrayList;
import java.util.List;

/** Reading and writing the field types of stored commits, nulls included, straight between BSON and Java. */
final class BsonFields {

    private BsonFields() {
    }

    static void writeString(BsonWriter writer, String name, String value) {
        if (value == null) {
            writer.writeNull(name);
        } else {
            writer.writeString(name, value);
        }
    }

    static void writeStrings(BsonWriter writer, String name, List<String> values) {
        writer.writeStartArray(name);
        values.forEach(writer::writeString);
        writer.writeEndArray();
    }

    static String readString(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.NULL) {
            reader.readNull();
            return null;
        }
        return reader.readString();
    }

    /** A whole number as any client may have written it: int32, int64 or double. */
    static long readLong(BsonReader reader) {
        return switch (reader.getCurrentBsonType()) {
            case INT32 -> reader.readInt32();
            case INT64 -> reader.readInt64();
            case DOUBLE -> (long) reader.readDouble();
            default -> throw new IllegalStateException("Expected a number in a stored commit, found "
                                                               + reader.getCurrentBsonType());
        };
    }

    static List<String> readStrings(BsonReader reader) {
        List<String> values = new ArrayList<>();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            values.add(readString(reader));
        }
        reader.readEndArray();
        return values;
    }
}
