package io.careerhistory.query.promotion;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * {@code promotion_cases}: one document per case, the whole decision record. Every write is a {@code $set} of fixed
 * values under keys that name what they record (a reviewer, an event id), so a redelivered event changes nothing.
 */
@Repository
public class PromotionCaseRepository {

    static final String COLLECTION = "promotion_cases";

    private final ViewCollection cases;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public PromotionCaseRepository(MongoDatabase database, ViewCollections views) {
        this.cases = ViewCollection.live(database, views, COLLECTION);
    }

    public PromotionCaseRepository(MongoDatabase database) {
        this(database, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public PromotionCaseRepository(MongoDatabase database, String collection) {
        this.cases = ViewCollection.fixed(database, collection);
    }

    /** Sets each field (dotted paths allowed) of the case's document, creating it if needed. */
    void setFields(String caseId, Map<String, Object> fields) {
        List<Bson> updates = new ArrayList<>();
        fields.forEach((field, value) -> updates.add(set(field, value)));
        cases.get().updateOne(eq("_id", caseId), combine(updates), new UpdateOptions().upsert(true));
    }

    public Optional<Document> find(String caseId) {
        return Optional.ofNullable(cases.get().find(eq("_id", caseId)).first());
    }

    /** Every case: the list filters them in memory, there being a few per employee at most. */
    public List<Document> findAll() {
        List<Document> all = new ArrayList<>();
        cases.get().find().forEach(all::add);
        return all;
    }

    public void deleteAll() {
        cases.get().deleteMany(new Document());
    }
}
