package io.careerhistory.infra.mongo;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/** Whether a failure is MongoDB out of reach (no server, a broken connection, no primary) rather than a fault of ours. */
public final class MongoAway {

    private MongoAway() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException
                    || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException) {
                return true;
            }
        }
        return false;
    }
}
