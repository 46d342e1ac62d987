package io.careerhistory.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.mongodb.client.model.Filters.eq;
import static io.careerhistory.infra.mongo.ServedClients.clientOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data file stays near the size of its live data however often the same documents are written, as read models
 * are: each write is a commit and each commit a new chunk, which must fall dead and be written over again.
 */
class DataFileCommitTest {

    private static final int DOCUMENTS = 200;
    private static final int WRITES_A_BURST = 2_000;
    private static final int BURSTS = 3;

    @TempDir
    Path dir;

    @Test
    void theSpaceOfEarlierCommitsIsWrittenAgain() throws IOException {
        Path file = dir.resolve("store.mv");
        List<Long> sizes = new ArrayList<>();
        MongoServer server = EmbeddedMongoServer.serve(DurableH2Backend.open(file), 0);
        try (MongoClient client = clientOf(server)) {
            MongoCollection<Document> views = client.getDatabase("tidy").getCollection("views");
            for (int burst = 0; burst < BURSTS; burst++) {
                for (int write = 0; write < WRITES_A_BURST; write++) {
                    int id = write % DOCUMENTS;
                    views.replaceOne(eq("_id", id), view(id, burst), new ReplaceOptions().upsert(true));
                }
                sizes.add(Files.size(file));
            }
            assertThat(views.find(eq("_id", 7)).first()).containsEntry("version", BURSTS - 1);
        } finally {
            server.shutdownNow();
        }
        // Kept 45 s and never rewritten, as H2 does without auto-commit: each burst added as much again (3.7, 7.2 and
        // 11.1 MB).
        assertThat(sizes.get(BURSTS - 1)).as("file sizes after each burst: %s", sizes)
                                         .isLessThan(sizes.get(0) * 3 / 2);
    }

    @Test
    void everyThirtySecondCommitRewritesSparseChunksAndCommitsWhatItRewrote() {
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger compactions = new AtomicInteger();
        DataFileCommit commit = new DataFileCommit(commits::incrementAndGet, () -> compactions.incrementAndGet() == 1);
        for (int run = 0; run < 2 * DataFileCommit.COMMITS_BETWEEN_COMPACTIONS; run++) {
            commit.run();
        }
        assertThat(compactions).hasValue(2);
        assertThat(commits).as("one more after the compaction that rewrote pages, none after the one that did not")
                           .hasValue(2 * DataFileCommit.COMMITS_BETWEEN_COMPACTIONS + 1);
    }

    private static Document view(int id, int version) {
        return new Document("_id", id).append("version", version).append("text", ("view " + id + " ").repeat(100));
    }
}
