package io.careerhistory.infra.eventstore;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.event.CommandListener;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** An in-memory embedded server and clients that reach it over TCP through the real driver. */
final class EmbeddedMongoForTests implements AutoCloseable {

    static final CommitHasher HASHER = new CommitHasher("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();

    /** The signed checkpoints of a test store, keyed like its commits. */
    static StoreCheckpoints checkpoints(MongoDatabase database) {
        return new StoreCheckpoints(database, HASHER, 8, Clock.systemUTC());
    }

    MongoClient client(CommandListener... listeners) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                                                                  .applyConnectionString(new ConnectionString(server.connectionString()));
        for (CommandListener listener : listeners) {
            settings.addCommandListener(listener);
        }
        return MongoClients.create(settings.build());
    }

    @Override
    public void close() {
        server.close();
    }
}
