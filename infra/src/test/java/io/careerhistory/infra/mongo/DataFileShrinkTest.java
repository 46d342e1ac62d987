package io.careerhistory.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Function;

import static com.mongodb.client.model.Filters.eq;
import static io.careerhistory.infra.mongo.ServedClients.clientOf;
import static org.assertj.core.api.Assertions.assertThat;

/** A data file left mostly dead by the backend as it comes is rewritten at start-up; one mostly live is left alone. */
class DataFileShrinkTest {

    private static final int DOCUMENTS = 100;

    @TempDir
    Path dir;

    @Test
    void aMostlyDeadFileIsRewrittenWithItsLiveDataOnly() throws Exception {
        Path file = dir.resolve("bloated.mv");
        write(file, store -> new H2Backend(store), 3_000); // H2's 45 s retention and no compaction, as before
        long before = Files.size(file);

        assertThat(DataFileShrink.ifMostlyDead(file, 0)).isTrue();

        assertThat(Files.size(file)).as("from %,d bytes", before).isLessThan(before / 4);
        MongoServer server = EmbeddedMongoServer.serve(DurableH2Backend.open(file), 0);
        try (MongoClient client = clientOf(server)) {
            MongoCollection<Document> views = client.getDatabase("shrink").getCollection("views");
            assertThat(views.countDocuments()).isEqualTo(DOCUMENTS);
            assertThat(views.find(eq("_id", 7)).first()).containsEntry("version", 2_907);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aFileMostlyLiveIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("tidy.mv");
        write(file, DurableH2Backend::new, 3_000);
        FileTime written = Files.getLastModifiedTime(file);
        long size = Files.size(file);

        assertThat(DataFileShrink.ifMostlyDead(file, 0)).isFalse();

        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void aSmallFileIsNotLookedAt() throws Exception {
        Path file = dir.resolve("small.mv");
        write(file, store -> new H2Backend(store), 300); // mostly dead, but a few MB only
        long size = Files.size(file);
        assertThat(size).isLessThan(DataFileShrink.MIN_BYTES);
        assertThat(DataFileShrink.ifMostlyDead(file, DataFileShrink.MIN_BYTES)).isFalse();
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(DataFileShrink.ifMostlyDead(dir.resolve("absent.mv"), 0)).isFalse();
    }

    /** Writes the same documents over and over, each write its own commit, as read models are written. */
    private static void write(Path file, Function<MVStore, H2Backend> backend, int writes) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        H2Backend made = backend.apply(store);
        boolean commitsItself = made instanceof DurableH2Backend;
        MongoServer server = EmbeddedMongoServer.serve(made, 0);
        try (MongoClient client = clientOf(server)) {
            MongoCollection<Document> views = client.getDatabase("shrink").getCollection("views");
            for (int write = 0; write < writes; write++) {
                int id = write % DOCUMENTS;
                Document view = new Document("_id", id).append("version", write)
                                                       .append("text", ("view " + id + " ").repeat(100));
                views.replaceOne(eq("_id", id), view, new ReplaceOptions().upsert(true));
                if (!commitsItself) {
                    store.commit(); // a commit a write, as the durable backend made them before
                }
            }
        } finally {
            server.shutdownNow();
        }
    }
}
