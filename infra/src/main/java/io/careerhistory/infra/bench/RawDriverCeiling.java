package io.careerhistory.infra.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import org.bson.Document;
import org.bson.RawBsonDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.in;

/**
 * The server's own ceiling for the documents the engine stores: plain driver inserts of copies of its commit
 * documents, and {@code _id $in} batch reads of them, with no event store code in between. Inserts and the first read
 * keep the documents as raw BSON bytes, so the driver neither encodes nor decodes them field by field: no client can be
 * faster. A second read decodes them into Documents, the least that a reader who uses the values must do.
 * <p>
 * The reads go one batch at a time, as a plain client's loop reads, and with as many batches on their way at once as a
 * replay has (the batch it reads and those it reads ahead), so that reading ahead is no advantage over the ceiling.
 */
final class RawDriverCeiling {

    private static final int BATCH = MongoCommitEventStorageEngine.DEFAULT_BATCH_SIZE; // the engine's own
    static final int BATCHES_AT_ONCE = 1 + MongoCommitEventStorageEngine.DEFAULT_READ_AHEAD_BATCHES;

    private RawDriverCeiling() {
    }

    /** Copies the first {@code documents} commits into {@code raw}, one insert each, and times the inserts. */
    static Measurement insertCopiesOf(MongoCollection<RawBsonDocument> commits, MongoCollection<RawBsonDocument> raw,
                                      int documents) {
        List<RawBsonDocument> copies = new ArrayList<>(documents);
        for (long from = 1; from <= documents; from += BATCH) {
            commits.find(in("_id", ids(from, Math.min(BATCH, documents - from + 1)))).forEach(copies::add);
        }
        long start = System.nanoTime();
        copies.forEach(raw::insertOne);
        return Measurement.of(copies.size(), System.nanoTime() - start);
    }

    /**
     * Reads in batches, {@code atOnce} of them on their way at a time: raw BSON from {@link #copiesIn}, or each decoded
     * into a Document from {@link #decodedCopiesIn}.
     */
    static Measurement keyLookupRead(MongoCollection<?> collection, int documents, int atOnce) throws Exception {
        AtomicLong read = new AtomicLong();
        ExecutorService readers = Executors.newFixedThreadPool(atOnce);
        try {
            long start = System.nanoTime();
            List<Future<?>> batches = new ArrayList<>();
            for (long from = 1; from <= documents; from += BATCH) {
                long first = from;
                batches.add(readers.submit(() -> collection.find(in("_id", ids(first, BATCH))).batchSize(BATCH)
                                                           .forEach(d -> read.incrementAndGet())));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
            return Measurement.of(read.get(), System.nanoTime() - start);
        } finally {
            readers.shutdown();
        }
    }

    private static List<Long> ids(long from, long count) {
        List<Long> ids = new ArrayList<>((int) count);
        for (long id = from; id < from + count; id++) {
            ids.add(id);
        }
        return ids;
    }

    /** Where the copies go, beside the store's own commits. */
    static MongoCollection<RawBsonDocument> copiesIn(MongoDatabase database) {
        return database.getCollection("raw", RawBsonDocument.class);
    }

    /** The same copies, decoded field by field into Documents as they are read: what any reader of the values pays. */
    static MongoCollection<Document> decodedCopiesIn(MongoDatabase database) {
        return copiesIn(database).withDocumentClass(Document.class);
    }

    static MongoCollection<RawBsonDocument> commitsOf(MongoDatabase database) {
        return database.getCollection("commits", RawBsonDocument.class);
    }
}
