package io.careerhistory.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * mongo-java-server in this process, bound to a free port of 127.0.0.1 only, reached through the real driver
 * over TCP exactly as a real MongoDB would be.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    public static final String DATA_FILE = "career-history.mv";

    private final MongoServer server;
    private final MongoBackend backend;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoBackend backend, String description) {
        this.backend = backend;
        backend.version(ServerVersion.MONGO_5_0); // the driver refuses the default wire version
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        log.info("Embedded MongoDB ({}) listening on {}", description, connectionString());
    }

    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "in memory");
    }

    public static EmbeddedMongoServer onDisk(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(DATA_FILE);
        return new EmbeddedMongoServer(DurableH2Backend.open(file), "file " + file.toAbsolutePath());
    }

    /** Compacts the data file so that deleted data leaves no trace in it; false when there is no file (in memory). */
    public boolean compactDataFile() {
        if (backend instanceof DurableH2Backend file) {
            file.compactDataFile();
            return true;
        }
        return false;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
