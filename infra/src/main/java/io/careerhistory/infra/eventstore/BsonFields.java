package io.careerhistory.infra.eventstore;

import org.bson.BsonBinary;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reading and writing the field types of stored commits straight between BSON and Java, in both formats of ADR 0002:
 * a null written out (format 1) or left out (format 2), a hash as hex text or as binary.
 */
final class BsonFields {

    private static final HexFormat HEX = HexFormat.of();
    private static final int SHA256_BYTES = 32;

    private BsonFields() {
    }

    /** Format 2 leaves a null field out; readers take a missing field as null. */
    static void writeIfPresent(BsonWriter writer, String name, String value) {
        if (value != null) {
            writer.writeString(name, value);
        }
    }

    /**
     * A keyed hash as 32 bytes of binary rather than 64 hex characters (format 2), read back as the same hex text, so
     * that the hash chain, which covers the text, is unchanged. Anything else ("genesis", or a hash written by an
     * older format) stays a string.
     */
    static void writeHash(BsonWriter writer, String hash) {
        byte[] bytes = sha256BytesOf(hash);
        if (bytes != null) {
            writer.writeBinaryData(new BsonBinary(bytes));
        } else {
            writer.writeString(hash);
        }
    }

    static String readHash(BsonReader reader) {
        if (reader.getCurrentBsonType() == BsonType.BINARY) {
            return HEX.formatHex(reader.readBinaryData().getData());
        }
        return readString(reader);
    }

    static List<String> readHashes(BsonReader reader) {
        List<String> values = new ArrayList<>(1);
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            values.add(readHash(reader));
        }
        reader.readEndArray();
        return values;
    }

    /** The 32 bytes that a SHA-256 in lower-case hex spells, or null for any other text: one pass, every append. */
    private static byte[] sha256BytesOf(String hash) {
        if (hash == null || hash.length() != 2 * SHA256_BYTES) {
            return null;
        }
        byte[] bytes = new byte[SHA256_BYTES];
        for (int i = 0; i < SHA256_BYTES; i++) {
            int high = lowerHexDigit(hash.charAt(2 * i));
            int low = lowerHexDigit(hash.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static int lowerHexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
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
}
