package io.careerhistory.infra.cluster;

import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MongoServerCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return MongoServerCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                                      new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(60) // it used to hang: the server's threads outlived the failure
    void aPortInUseEndsTheCommandWithAMessageAndLeavesTheDataFileFree(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThat(run("mongo-server", "--port=" + port, "--data-dir=" + dir)).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("mongo-server cannot start: Cannot listen on 127.0.0.1:" + port);
        }
        try (EmbeddedMongoServer again = EmbeddedMongoServer.onDisk(dir)) {
            assertThat(again.connectionString()).startsWith("mongodb://127.0.0.1:"); // the file was closed
        }
    }

    @Test
    void aPortThatIsNoNumberIsRefused() {
        assertThat(run("mongo-server", "--port=abc", "--memory")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be a port number (1-65535), not 'abc'");
    }
}
