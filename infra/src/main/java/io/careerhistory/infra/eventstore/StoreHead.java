package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

/**
 * The last commit of the store, found with key lookups only: probe positions k+1, k+2, k+4 ... until one is
 * missing, then bisect. Positions are gap-free up to the commits being written at this moment, so the result is
 * exact in a quiet store and at most a few in-flight positions short in a busy one, which a writer then learns
 * from a duplicate key. (A {@code max(_id)} query would scan the whole collection on the embedded server.)
 */
public record StoreHead(long position, long nextGlobalIndex) {

    static final StoreHead EMPTY = new StoreHead(0, 0);

    static StoreHead of(StoredCommit commit) {
        return new StoreHead(commit.position(), commit.nextGlobalIndex());
    }

    static StoreHead locate(MongoCollection<StoredCommit> commits, long knownPosition) {
        long low = Math.max(0, knownPosition);
        if (low > 0 && !exists(commits, low)) {
            low = 0;
        }
        long step = 1;
        long high = low + step;
        while (exists(commits, high)) {
            low = high;
            step *= 2;
            high = low + step;
        }
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (exists(commits, middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        if (low == 0) {
            return EMPTY;
        }
        return of(commits.find(eq("_id", low)).first());
    }

    private static boolean exists(MongoCollection<StoredCommit> commits, long position) {
        return position > 0 && commits.find(eq("_id", position)).projection(include("_id")).first() != null;
    }
}
