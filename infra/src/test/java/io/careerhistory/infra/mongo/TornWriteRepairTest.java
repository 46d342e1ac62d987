package io.careerhistory.infra.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static io.careerhistory.infra.mongo.ServedClients.clientOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data file from before writes were committed only between them may hold a document without some of its index keys
 * (a kill tore the write). The first open puts them back; later opens do not read the file again. The tear is made by
 * hand here: the document stays, one entry of its index map goes, as a commit in the middle of the write left it.
 */
class TornWriteRepairTest {

    private static final int DOCUMENTS = 10;

    @TempDir
    Path dir;

    @Test
    void theFirstOpenPutsBackTheKeysATornWriteLeftOut() {
        Path file = legacyFile(docs -> { });
        tear(file, "_id_", 3);
        tear(file, "badge_1", 5);

        MongoServer server = EmbeddedMongoServer.serve(DurableH2Backend.open(file), 0);
        try (MongoClient client = clientOf(server)) {
            MongoCollection<Document> docs = docsOf(client);
            assertThat(docs.find(eq("_id", 3)).first()).as("found by _id again").isNotNull();
            assertThat(docs.find(eq("badge", "b5")).first()).as("found by its badge again").containsEntry("_id", 5);
            assertThatThrownBy(() -> docs.insertOne(document(3)))
                    .isInstanceOf(MongoWriteException.class)
                    .satisfies(e -> assertThat(((MongoWriteException) e).getCode()).isEqualTo(11000));
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 99).append("badge", "b5")))
                    .isInstanceOf(MongoWriteException.class)
                    .satisfies(e -> assertThat(((MongoWriteException) e).getCode()).isEqualTo(11000));
            assertThat(docs.countDocuments()).isEqualTo(DOCUMENTS);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aFileIsCheckedOnceAndANewFileIsMarkedAtOnce() {
        Path file = legacyFile(docs -> { });
        tear(file, "_id_", 3);
        tear(file, "badge_1", 5);

        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        DurableH2Backend backend = new DurableH2Backend(store);
        TornWriteRepair repair = new TornWriteRepair(store, backend);
        TornWriteRepair.Report report = repair.runOnce().orElseThrow();
        assertThat(report.restoredKeys()).isEqualTo(2);
        assertThat(report.documents()).as("counts the server's own index catalogue too")
                                      .isGreaterThanOrEqualTo(DOCUMENTS);
        assertThat(report.conflicts()).isEmpty();
        assertThat(repair.runOnce()).as("marked: not read again").isEmpty();
        backend.close();

        Path fresh = dir.resolve("fresh.mv");
        MVStore freshStore = new MVStore.Builder().fileName(fresh.toString()).autoCommitDisabled().open();
        DurableH2Backend freshBackend = new DurableH2Backend(freshStore);
        assertThat(new TornWriteRepair(freshStore, freshBackend).runOnce()).hasValueSatisfying(
                empty -> assertThat(empty.documents()).isZero());
        freshBackend.close();
        DurableH2Backend reopened = DurableH2Backend.open(fresh);
        reopened.close();
        try (MVStore marked = new MVStore.Builder().fileName(fresh.toString()).readOnly().open()) {
            assertThat(marked.<String, String>openMap(TornWriteRepair.MARK_MAP)).containsKey(TornWriteRepair.MARK);
        }
    }

    @Test
    void aKeyAnotherDocumentTookMeanwhileIsReportedAndLeftWithIt() {
        Path file = legacyFile(docs -> { });
        tear(file, "badge_1", 7);
        // Before the repair, the torn key looked free, so another document took it.
        legacyWrite(file, docs -> docs.insertOne(new Document("_id", 100).append("badge", "b7")));

        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        DurableH2Backend backend = new DurableH2Backend(store);
        TornWriteRepair.Report report = new TornWriteRepair(store, backend).runOnce().orElseThrow();
        backend.close();

        assertThat(report.restoredKeys()).isZero();
        assertThat(report.conflicts()).singleElement().asString()
                                      .contains("badge_1").contains("_id 7").contains("held by _id 100")
                                      .doesNotContain("b7");
        MongoServer server = EmbeddedMongoServer.serve(DurableH2Backend.open(file), 0);
        try (MongoClient client = clientOf(server)) {
            assertThat(docsOf(client).find(eq("badge", "b7")).first()).containsEntry("_id", 100);
            assertThat(docsOf(client).find(eq("_id", 7)).first()).as("the document itself stays").isNotNull();
        } finally {
            server.shutdownNow();
        }
    }

    /** A file as the backend before the mark wrote it: documents 0..9 with a unique badge each, no mark. */
    private Path legacyFile(Consumer<MongoCollection<Document>> more) {
        Path file = dir.resolve("legacy.mv");
        legacyWrite(file, docs -> {
            docs.createIndex(Indexes.ascending("badge"), new IndexOptions().unique(true));
            for (int n = 0; n < DOCUMENTS; n++) {
                docs.insertOne(document(n));
            }
            more.accept(docs);
        });
        return file;
    }

    private static void legacyWrite(Path file, Consumer<MongoCollection<Document>> writes) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer server = EmbeddedMongoServer.serve(new H2Backend(store), 0);
        try (MongoClient client = clientOf(server)) {
            writes.accept(docsOf(client));
        } finally {
            server.shutdownNow(); // closes the store, committing it
        }
    }

    /** Removes the key of document {@code id} from that index, leaving the document. */
    private static void tear(Path file, String index, int id) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).open()) {
            assertThat(store.hasMap("torn.docs._index_" + index)).as("the backend's map of index " + index).isTrue();
            MVMap<Object, Object> keys = store.openMap("torn.docs._index_" + index);
            Object key = keys.entrySet().stream().filter(entry -> entry.getValue().equals(id))
                             .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
            keys.remove(key);
            store.openMap(TornWriteRepair.MARK_MAP).clear();
        }
    }

    private static Document document(int n) {
        return new Document("_id", n).append("badge", "b" + n);
    }

    private static MongoCollection<Document> docsOf(MongoClient client) {
        return client.getDatabase("torn").getCollection("docs");
    }
}
