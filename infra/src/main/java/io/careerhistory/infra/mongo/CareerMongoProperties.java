package io.careerhistory.infra.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code career.mongodb.uri} (env CAREER_MONGODB_URI) selects a real MongoDB. Without it the embedded
 * server starts, keeping its data in {@code career.data-dir}, or in memory when {@code career.embedded.storage=memory}.
 */
@ConfigurationProperties(prefix = "career")
public record CareerMongoProperties(Mongodb mongodb, Path dataDir, Embedded embedded) {

    public CareerMongoProperties {
        mongodb = mongodb == null ? new Mongodb(null, null) : mongodb;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        embedded = embedded == null ? new Embedded(null) : embedded;
    }

    public record Mongodb(String uri, String database) {
        public Mongodb {
            database = database == null || database.isBlank() ? "career-history" : database;
        }

        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }

    public record Embedded(Storage storage) {
        public Embedded {
            storage = storage == null ? Storage.FILE : storage;
        }
    }

    public enum Storage { FILE, MEMORY }
}
