package io.careerhistory.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.careerhistory.infra.operations.InvalidSetting;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
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

    private final InetSocketAddress address;
    private final Path dataFile;
    private MongoServer server;

    private EmbeddedMongoServer(MongoBackend backend, Path dataFile, String description, int port) {
        this.dataFile = dataFile;
        this.server = serve(backend, port);
        this.address = server.getLocalAddress();
        log.info("Embedded MongoDB ({}) listening on {}", description, connectionString());
    }

    /** The backend served on 127.0.0.1 ({@code port} 0: a free one), as the wire version the driver accepts. */
    static MongoServer serve(MongoBackend backend, int port) {
        backend.version(ServerVersion.MONGO_5_0); // the driver refuses the default wire version
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (Exception e) { // Netty throws its BindException undeclared
            // Its threads would keep the process alive, and the backend would keep the data file locked.
            server.shutdownNow();
            throw new IllegalStateException("Cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        return server;
    }

    public static EmbeddedMongoServer inMemory() {
        return inMemory(0);
    }

    /** On that port of 127.0.0.1; 0 for a free one. */
    public static EmbeddedMongoServer inMemory(int port) {
        return new EmbeddedMongoServer(new MemoryBackend(), null, "in memory", port);
    }

    public static EmbeddedMongoServer onDisk(Path dataDir) {
        return onDisk(dataDir, 0);
    }

    /** Keeping its data in the data directory, on that port of 127.0.0.1; 0 for a free one. */
    public static EmbeddedMongoServer onDisk(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new InvalidSetting("career.data-dir (CAREER_DATA_DIR) " + dataDir.toAbsolutePath()
                                             + " cannot be created: " + e, e);
        }
        Path file = dataDir.resolve(DATA_FILE);
        try {
            DataFileShrink.ifMostlyDead(file, DataFileShrink.MIN_BYTES);
            return new EmbeddedMongoServer(DurableH2Backend.open(file), file, "file " + file.toAbsolutePath(), port);
        } catch (RuntimeException e) {
            throw DataDirectoryInUse.isLockedFile(e) ? new DataDirectoryInUse(dataDir, e) : e;
        }
    }

    /**
     * Rewrites the data file with its live data only, so that nothing deleted survives in an old page (erasure,
     * ADR 0015). The server stops for the copy and comes back on the same port: the driver reconnects, a command in
     * flight fails cleanly (one commit is one insert) and the processors retry. False in memory, where there is no file.
     */
    public synchronized boolean compactDataFile() {
        if (dataFile == null) {
            return false;
        }
        long before = dataFile.toFile().length();
        server.shutdownNow(); // closes the store: every acknowledged write is in the file already
        MVStoreTool.compact(dataFile.toString(), false);
        server = serve(DurableH2Backend.open(dataFile), address.getPort());
        log.info("Compacted {} from {} to {} bytes", dataFile.toAbsolutePath(), before, dataFile.toFile().length());
        return true;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public synchronized void close() {
        server.shutdown();
    }
}
