package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecRegistries;

/** The event store's collections, read and written through its own codecs. */
final class StoreCollections {

    private StoreCollections() {
    }

    static MongoCollection<StoredCommit> commits(MongoDatabase database) {
        return typed(database, StoredCommit.COLLECTION, StoredCommitCodec.INSTANCE);
    }

    /** One snapshot per aggregate, its {@code _id} the aggregate id. */
    static MongoCollection<StoredEvent> snapshots(MongoDatabase database) {
        return typed(database, MongoCommitEventStorageEngine.SNAPSHOTS, StoredEventCodec.INSTANCE);
    }

    private static <T> MongoCollection<T> typed(MongoDatabase database, String name, Codec<T> codec) {
        return database.getCollection(name, codec.getEncoderClass())
                       .withCodecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(codec),
                                                                         database.getCodecRegistry()));
    }
}
