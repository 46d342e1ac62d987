package io.careerhistory.infra.idempotency;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.command.api.idempotency.IdempotencyStore;
import io.careerhistory.command.api.idempotency.StoredResponse;
import io.careerhistory.infra.mongo.Inserts;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * One document per key in {@code idempotency_keys}, {@code _id} = the scoped key. Claiming is an insert, so exactly one
 * request on any node wins a key; the others read what it left. Every operation is a key lookup.
 */
@Component
class MongoIdempotencyStore implements IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration abandonedAfter;

    MongoIdempotencyStore(MongoDatabase database, Clock clock) {
        this(database, clock, ABANDONED_AFTER);
    }

    /** {@code career.idempotency.abandoned-after}: how long a claim of a node that died mid-request blocks repeats. */
    @Autowired
    MongoIdempotencyStore(MongoDatabase database, Clock clock,
                          @Value("${career.idempotency.abandoned-after:2m}") Duration abandonedAfter) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public Claim claim(String key, String fingerprint) {
        if (Inserts.insertIfAbsent(keys, new Document("_id", key).append("fingerprint", fingerprint)
                                                                 .append("state", IN_PROGRESS)
                                                                 .append("claimedAt", clock.instant().toString()))) {
            return new Claimed();
        }
        Document existing = keys.find(eq("_id", key)).first();
        if (existing == null) {
            return claim(key, fingerprint); // released between our insert and our read
        }
        if (!fingerprint.equals(existing.getString("fingerprint"))) {
            return new Mismatch();
        }
        if (!DONE.equals(existing.getString("state"))) {
            return takeOverIfAbandoned(key, existing) ? new Claimed() : new InProgress();
        }
        return new AlreadyDone(new StoredResponse(existing.getInteger("status"), existing.getString("contentType"),
                                                  existing.getString("location"), existing.getString("position"),
                                                  existing.get("body", Binary.class).getData()));
    }

    /**
     * A claim older than {@code abandonedAfter} (two minutes by default) belongs to a node that died mid-request (a
     * command takes seconds at most): the first repeat to swap its claim time takes it over, so the key is not blocked
     * forever.
     */
    private boolean takeOverIfAbandoned(String key, Document claim) {
        String claimedAt = claim.getString("claimedAt");
        if (Instant.parse(claimedAt).plus(abandonedAfter).isAfter(clock.instant())) {
            return false;
        }
        return keys.updateOne(and(eq("_id", key), eq("state", IN_PROGRESS), eq("claimedAt", claimedAt)),
                              set("claimedAt", clock.instant().toString())).getModifiedCount() == 1;
    }

    @Override
    public void complete(String key, StoredResponse response) {
        keys.updateOne(and(eq("_id", key), eq("state", IN_PROGRESS)),
                       combine(set("state", DONE), set("status", response.status()),
                               set("contentType", response.contentType()), set("location", response.location()),
                               set("position", response.position()), set("body", new Binary(response.body())),
                               set("completedAt", clock.instant().toString())));
    }

    @Override
    public void release(String key) {
        keys.deleteOne(and(eq("_id", key), eq("state", IN_PROGRESS)));
    }
}
