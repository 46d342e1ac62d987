package io.careerhistory.infra.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.axon.SerializerConfiguration;
import io.careerhistory.infra.eventstore.CommitHasher;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.eventstore.StoreCheckpoints;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code verify} command line on an embedded data directory: OK, ALTERED with the commit, or unable to verify. */
@ExtendWith(OutputCaptureExtension.class)
class VerifyCommandIT {

    private static final String KEY = "a-key-of-the-operators-0123456789";

    record Note(String text) {
    }

    /** Ten commits and a signed checkpoint, in a data directory, with its key file as the application keeps it. */
    private static void storeTenCommits(Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve("hash-chain.key"), KEY);
        CommitHasher hasher = new CommitHasher(KEY.getBytes(StandardCharsets.UTF_8));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("career-history");
            var serializer = SerializerConfiguration.storageSerializer();
            MongoCommitEventStorageEngine engine = MongoCommitEventStorageEngine.builder().database(database).hasher(hasher)
                                                                                .eventSerializer(serializer)
                                                                                .snapshotSerializer(serializer).build();
            for (int i = 0; i < 10; i++) {
                engine.appendEvents(new GenericDomainEventMessage<>("Probe", "agg-" + (i % 3), i / 3, new Note("n" + i)));
            }
            new StoreCheckpoints(database, hasher, 8, Clock.systemUTC()).seal();
        }
    }

    private static void tamper(Path dataDir) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onDisk(dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            var commits = client.getDatabase("career-history").getCollection("commits");
            Document fourth = commits.find(eq("_id", 4L)).first();
            commits.updateOne(eq("_id", 4L), set("actor", "someone-else"));
            assertThat(fourth).isNotNull();
        }
    }

    @Test
    void saysOkForAnUnalteredStoreAndNamesTheCommitOfAnAlteredOne(@TempDir Path dataDir, CapturedOutput output)
            throws Exception {
        storeTenCommits(dataDir);

        assertThat(VerifyCommand.verify(Map.of("--data-dir", dataDir.toString()), Map.of())).isZero();
        assertThat(output.getOut()).contains("OK: 10 commits verified").contains("checkpoint at 10");

        tamper(dataDir);
        assertThat(VerifyCommand.verify(Map.of("--data-dir", dataDir.toString()), Map.of())).isEqualTo(1);
        assertThat(output.getOut()).contains("ALTERED at commit 4: its content does not match its hash");
    }

    @Test
    void withoutAStoreOrAKeyItCannotVerifyAndSaysWhy(@TempDir Path empty, CapturedOutput output) {
        assertThat(VerifyCommand.run(new String[] {"verify", "--data-dir=" + empty})).isEqualTo(2);
        assertThat(output.getErr()).contains("no embedded store in " + empty.toAbsolutePath()
                                                     + ": give --data-dir=DIR or --mongodb-uri=URI");
        // the key is looked for before the server is reached
        assertThat(VerifyCommand.run(new String[] {"verify", "--mongodb-uri=mongodb://127.0.0.1:1", "--data-dir=" + empty}))
                .isEqualTo(2);
        assertThat(output.getErr()).contains("no hash-chain key");
        assertThat(VerifyCommand.run(new String[] {"verify", "--colour=blue"})).isEqualTo(2);
        assertThat(output.getErr()).contains("unknown option --colour=blue");
    }
}
