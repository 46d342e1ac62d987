package io.careerhistory.infra.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;

/**
 * Insert as a claim: the unique {@code _id} (or another unique index) lets exactly one writer on any node win, with no
 * transaction, which neither a standalone MongoDB nor the embedded server has.
 */
public final class Inserts {

    private Inserts() {
    }

    /** Inserts the document; false when a unique key is already taken. Any other failure is thrown. */
    public static <T> boolean insertIfAbsent(MongoCollection<T> collection, T document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }
}
