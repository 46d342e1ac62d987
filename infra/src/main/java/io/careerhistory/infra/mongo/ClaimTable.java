package io.careerhistory.infra.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * A collection of claims: one document per key ({@code _id}), held by one holder, claimed by insert so that exactly
 * one claimant wins on any node. A claim whose holder is gone (the command that took it died before it was stored, or
 * the thing it guarded has ended) is taken over once it is older than {@code orphanedAfter} and the caller's test says
 * so; the takeover is a conditional update, so two claimants cannot both take it.
 */
public final class ClaimTable {

    private static final String CLAIMED_AT = "claimedAt";

    private final MongoCollection<Document> claims;
    private final Clock clock;
    private final Duration orphanedAfter;
    private final String holderField;

    /** {@code holderField} names the field that holds the holder, e.g. {@code employeeId}. */
    public ClaimTable(MongoDatabase database, String collection, String holderField, Clock clock, Duration orphanedAfter) {
        this.claims = database.getCollection(collection);
        this.holderField = holderField;
        this.clock = clock;
        this.orphanedAfter = orphanedAfter;
    }

    /**
     * Claims the key for the holder: true when it is now theirs (or already was). Another holder's claim is taken over
     * only when it is old enough and {@code abandoned} says that holder no longer needs it.
     */
    public boolean claim(String key, String holder, Predicate<String> abandoned) {
        if (Inserts.insertIfAbsent(claims, new Document("_id", key).append(holderField, holder)
                                                                  .append(CLAIMED_AT, clock.instant().toString()))) {
            return true;
        }
        Document current = claims.find(eq("_id", key)).first();
        if (current == null) {
            return claim(key, holder, abandoned); // released in between
        }
        String currentHolder = current.getString(holderField);
        if (currentHolder.equals(holder)) {
            return true;
        }
        String claimedAt = current.getString(CLAIMED_AT);
        boolean recent = Instant.parse(claimedAt).plus(orphanedAfter).isAfter(clock.instant());
        if (recent || !abandoned.test(currentHolder)) {
            return false;
        }
        return claims.updateOne(and(eq("_id", key), eq(holderField, currentHolder), eq(CLAIMED_AT, claimedAt)),
                                combine(set(holderField, holder), set(CLAIMED_AT, clock.instant().toString())))
                     .getModifiedCount() == 1;
    }

    /** Gives the key back, if the holder holds it. */
    public void release(String key, String holder) {
        claims.deleteOne(and(eq("_id", key), eq(holderField, holder)));
    }
}
