package io.careerhistory.infra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Puts back the index keys that a write torn by a kill left out of a data file written before the embedded store
 * committed only between writes (2026-11-27, docs/adr/0003-embedded-mongodb.md). In such a file a document may lack
 * some of its keys: a lookup by that key misses it, and a new insert of its {@code _id} fails with an internal error.
 *
 * <p>It reads every document once per file: a file it has checked, or created, carries a mark and is not read again.
 * The check runs before the server takes a connection, and its keys and the mark are committed together.
 */
final class TornWriteRepair {

    private static final Logger log = LoggerFactory.getLogger(TornWriteRepair.class);
    static final String MARK_MAP = "career-history.store";
    static final String MARK = "indexKeysChecked";
    /** How mongo-java-server's H2 backend names a collection's document map and its index maps (H2Database). */
    private static final String DOCUMENTS_PREFIX = "databases.";
    private static final String INDEX_INFIX = "._index_";

    /** What a check found. A conflict is a key another document took after the torn write: left as it is. */
    record Report(long documents, long restoredKeys, List<String> conflicts) {
    }

    private final MVStore store;
    private final H2Backend backend;

    TornWriteRepair(MVStore store, H2Backend backend) {
        this.store = store;
        this.backend = backend;
    }

    /** Checks a file not yet marked and marks it; empty when it was marked already. */
    Optional<Report> runOnce() {
        MVMap<String, String> marks = store.openMap(MARK_MAP);
        if (marks.containsKey(MARK)) {
            return Optional.empty();
        }
        if (store.getMapNames().stream().anyMatch(name -> name.startsWith(DOCUMENTS_PREFIX))) {
            log.info("Checking once that every document of the data file has its index keys (about 4 s for 100,000 "
                     + "documents): writes torn by a kill before 2026-11-27 may have lost some");
        }
        Report report = check();
        marks.put(MARK, "checked");
        store.commit();
        logIfFound(report);
        return Optional.of(report);
    }

    private Report check() {
        long documents = 0;
        long restored = 0;
        List<String> conflicts = new ArrayList<>();
        for (String mapName : List.copyOf(store.getMapNames())) {
            if (!mapName.startsWith(DOCUMENTS_PREFIX)) {
                continue;
            }
            String fullName = mapName.substring(DOCUMENTS_PREFIX.length());
            List<IndexKeys> indexes = uniqueIndexesOf(fullName);
            MVMap<Object, Document> byPosition = store.openMap(mapName);
            for (Map.Entry<Object, Document> document : byPosition.entrySet()) {
                documents++;
                for (IndexKeys index : indexes) {
                    restored += index.restore(document.getKey(), document.getValue(), conflicts);
                }
            }
        }
        return new Report(documents, restored, conflicts);
    }

    private List<IndexKeys> uniqueIndexesOf(String fullName) {
        int dot = fullName.indexOf('.');
        MongoDatabase database = backend.resolveDatabase(fullName.substring(0, dot));
        MongoCollection<?> collection = database.resolveCollection(fullName.substring(dot + 1), false);
        List<IndexKeys> indexes = new ArrayList<>();
        if (collection == null) {
            return indexes;
        }
        for (Index<?> index : collection.getIndexes()) {
            if (!index.isUnique()) {
                continue; // the embedded server keeps no keys for the others
            }
            String mapName = fullName + INDEX_INFIX + index.getName();
            if (!store.hasMap(mapName)) {
                throw new IllegalStateException("The data file has no key map " + mapName + " for index "
                                                + index.getName() + ": this mongo-java-server names them otherwise");
            }
            indexes.add(IndexKeys.read(fullName, index, store.openMap(mapName)));
        }
        return indexes;
    }

    private static void logIfFound(Report report) {
        if (report.restoredKeys() > 0 || !report.conflicts().isEmpty()) {
            log.warn("The data file held writes torn by a kill: {} index keys put back, {} left out because another "
                     + "document holds them ({} documents checked){}", report.restoredKeys(),
                     report.conflicts().size(), report.documents(),
                     report.conflicts().isEmpty() ? "" : ": " + String.join("; ", report.conflicts()));
        } else if (report.documents() > 0) {
            log.info("Checked the index keys of {} documents once: none missing", report.documents());
        }
    }

    /**
     * One unique index of a collection, the map of its keys as the backend writes them, and a copy of that map on the
     * heap: the file's map compares keys by their Java serialization, some 50 µs a lookup, the copy by hash.
     */
    private record IndexKeys(String collection, Index<?> index, MVMap<KeyValue, Object> positionByKey,
                             Map<KeyValue, Object> present) {

        static IndexKeys read(String collection, Index<?> index, MVMap<KeyValue, Object> positionByKey) {
            return new IndexKeys(collection, index, positionByKey, new HashMap<>(positionByKey));
        }

        /** Puts back this document's missing keys; how many. */
        long restore(Object position, Document document, List<String> conflicts) {
            Set<KeyValue> keys = index.getKeyValues(document);
            if (isSparse() && keys.stream().allMatch(key -> key.stream().allMatch(Objects::isNull))) {
                return 0; // a sparse index keeps no key for a document without its fields
            }
            long restored = 0;
            for (KeyValue key : keys) {
                Object holder = present.putIfAbsent(key, position);
                if (holder == null) {
                    positionByKey.put(key, position);
                    restored++;
                } else if (!holder.equals(position)) {
                    // The _ids only: a key may be personal data (ADR 0008).
                    conflicts.add(collection + " index " + index.getName() + ": a key of _id " + position
                                  + " is held by _id " + holder);
                }
            }
            return restored;
        }

        private boolean isSparse() {
            return Boolean.TRUE.equals(index.toIndexDescription().get("sparse"));
        }
    }
}
