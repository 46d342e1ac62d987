package io.careerhistory.infra.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static com.mongodb.client.model.Filters.eq;
import static io.careerhistory.infra.mongo.ServedClients.clientOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash while several clients write leaves whole writes on disk, never half of one. The crash is
 * {@link MVStore#closeImmediately()}: what was not committed is gone, as after {@code kill -9}. Half a write is a
 * document stored without its index keys: a lookup by key misses it, and a new insert of that key fails with an
 * internal error (the document is already there), so the key can never be written again. That is how a retried
 * command after a kill once got a 500 ({@code KillUnderLoadIT}, CI of 2026-11-27).
 * <p>
 * Each write here updates 64 unique indexes after storing its document, to widen the moment a commit could tear it.
 * Without {@link GroupCommit}'s exclusion this still catches a torn write only about once in 40 crashes, so
 * {@link GroupCommitTest} checks the exclusion itself; this test checks the backend end to end.
 */
class DurableH2BackendCrashTest {

    private static final int WRITERS = 4;
    /** Each index is one more step of a write after its document is stored: a wider window for a commit to tear it. */
    private static final int INDEXES = 64;

    @TempDir
    Path dir;

    @RepeatedTest(10)
    void aCrashMidWriteLeavesEveryKeyEitherWhollyWrittenOrFree() throws Exception {
        Path file = dir.resolve("store.mv");
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        MongoServer server = EmbeddedMongoServer.serve(new DurableH2Backend(store), 0);
        AtomicInteger attempted = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (MongoClient client = clientOf(server)) {
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            for (int i = 0; i < INDEXES; i++) {
                docs.createIndex(Indexes.ascending("key" + i), new IndexOptions().unique(true));
            }
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> writeUntilTheCrash(docs, attempted));
            }
            while (attempted.get() < 300) {
                Thread.sleep(5);
            }
            store.closeImmediately(); // the crash: nothing uncommitted survives
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.shutdownNow();
        }

        MongoServer restarted = EmbeddedMongoServer.serve(DurableH2Backend.open(file), 0);
        try (MongoClient client = clientOf(restarted)) {
            MongoCollection<Document> docs = client.getDatabase("crash").getCollection("docs");
            List<Integer> absent = new ArrayList<>();
            for (int n = 0; n < attempted.get(); n++) {
                if (docs.find(eq("_id", n)).first() == null) {
                    absent.add(n);
                }
            }
            long found = attempted.get() - absent.size();
            assertThat(found).as("the writes before the crash survive").isGreaterThan(0);
            assertThat(docs.countDocuments()).as("documents missing from the _id index").isEqualTo(found);
            assertThat(absent.stream().filter(n -> !insertSucceeds(docs, n)).toList())
                    .as("keys taken in an index without their document").isEmpty();
        } finally {
            restarted.shutdownNow();
        }
    }

    private static void writeUntilTheCrash(MongoCollection<Document> docs, AtomicInteger attempted) {
        try {
            while (true) {
                int n = attempted.getAndIncrement();
                docs.insertOne(document(n));
            }
        } catch (MongoException | IllegalStateException crashed) {
            // the store is closed: this writer is done
        }
    }

    private static Document document(int n) {
        Document document = new Document("_id", n);
        for (int i = 0; i < INDEXES; i++) {
            document.append("key" + i, "k" + n);
        }
        return document;
    }

    private static boolean insertSucceeds(MongoCollection<Document> docs, int n) {
        try {
            docs.insertOne(document(n));
            return true;
        } catch (MongoException refused) {
            return false;
        }
    }
}
