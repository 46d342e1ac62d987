package io.careerhistory.infra.cluster;

import io.careerhistory.infra.cli.CommandLine;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar career-history.jar mongo-server [--port=27017] [--data-dir=./data | --memory]}: the embedded
 * MongoDB (mongo-java-server, durable file store) in a process of its own on 127.0.0.1, so that several nodes on one
 * machine can share it (each started with {@code --career.mongodb.uri=mongodb://127.0.0.1:27017}). Runs until stopped.
 */
public final class MongoServerCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar mongo-server [--port=27017] [--data-dir=DIR | --memory]
            The embedded MongoDB (mongo-java-server) in a process of its own on 127.0.0.1, for several nodes on one
            machine to share (each started with --career.mongodb.uri=mongodb://127.0.0.1:PORT). Runs until stopped.
              --port=PORT            the port to listen on (default 27017)
              --data-dir=DIR         where its durable data file is kept (default ./data)
              --memory               keep nothing on disk
            Exit 0 stopped, 1 cannot start (the port or the data directory in use), 2 a bad option.
            """;

    private MongoServerCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        EmbeddedMongoServer server;
        try {
            CommandLine line = CommandLine.parse(args, Set.of("--port", "--data-dir", "--memory"));
            int port = port(line.option("--port", "27017"));
            server = line.has("--memory") ? EmbeddedMongoServer.inMemory(port)
                    : EmbeddedMongoServer.onDisk(Path.of(line.option("--data-dir", "data")), port);
        } catch (IllegalArgumentException e) {
            err.println("mongo-server: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("mongo-server cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println("mongo-server: listening on " + server.connectionString());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException("--port must be a port number (1-65535), not '" + value + "'");
    }
}
