package io.careerhistory.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import io.careerhistory.infra.operations.InvalidSetting;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

/** The one MongoDB client of the process: the configured MongoDB, or the embedded server when none is given. */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

    static final int SERVER_SELECTION_TIMEOUT_SECONDS = 3;
    static final int CONNECT_TIMEOUT_SECONDS = 3;

    @Bean(destroyMethod = "close")
    EmbeddedMongoServerHolder embeddedMongoServer(CareerMongoProperties properties) {
        if (properties.mongodb().external()) {
            return new EmbeddedMongoServerHolder(null);
        }
        return new EmbeddedMongoServerHolder(properties.embedded().storage() == CareerMongoProperties.Storage.MEMORY
                                                     ? EmbeddedMongoServer.inMemory()
                                                     : EmbeddedMongoServer.onDisk(properties.dataDir()));
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(CareerMongoProperties properties, EmbeddedMongoServerHolder embedded,
                            ObjectProvider<CommandListener> listeners) {
        String uri = properties.mongodb().external() ? properties.mongodb().uri() : embedded.server().connectionString();
        // Unreachable MongoDB fails a request within seconds (503), not the driver's 30 s; the URI's own options win.
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                                                                  .applyToClusterSettings(c -> c.serverSelectionTimeout(
                                                                          SERVER_SELECTION_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                                                                  .applyToSocketSettings(s -> s.connectTimeout(
                                                                          CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                                                                  .applyConnectionString(connectionString(uri))
                                                                  .writeConcern(WriteConcern.MAJORITY);
        listeners.orderedStream().forEach(settings::addCommandListener);
        return MongoClients.create(settings.build());
    }

    private static ConnectionString connectionString(String uri) {
        try {
            return new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting("career.mongodb.uri (CAREER_MONGODB_URI) is no MongoDB connection string: "
                                             + e.getMessage(), e);
        }
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, CareerMongoProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }

    /** Holds the embedded server when there is one, so that it stops after the client. */
    public record EmbeddedMongoServerHolder(EmbeddedMongoServer server) implements AutoCloseable {

        /** Compacts the embedded server's data file; false with a real MongoDB or in memory, where there is none to. */
        public boolean compactDataFile() {
            return server != null && server.compactDataFile();
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
