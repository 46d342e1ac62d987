package io.careerhistory.query.rotation;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * {@code rotations}: one document per rotation proposed, {@code _id} = its id, with the employee, host team and
 * track, planned dates, the approver, its {@code status} (PROPOSED, APPROVED, STARTED, then RETURNED, CONVERTED or
 * CANCELLED) and {@code open} until it is completed or cancelled. Every write sets fields of one document by its id.
 */
@Repository
public class RotationsRepository {

    static final String COLLECTION = "rotations";

    private final ViewCollection rotations;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public RotationsRepository(MongoDatabase database, ViewCollections views) {
        this.rotations = ViewCollection.live(database, views, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public RotationsRepository(MongoDatabase database, String collection) {
        this.rotations = ViewCollection.fixed(database, collection);
    }

    void update(String rotationId, Bson update) {
        rotations.get().updateOne(eq("_id", rotationId), update, new UpdateOptions().upsert(true));
    }

    /** The rotations not yet completed or cancelled, the earliest planned start first. */
    public List<Document> findOpen() {
        List<Document> open = new ArrayList<>();
        rotations.get().find(eq("open", true)).sort(Sorts.ascending("plannedStart", "_id")).forEach(open::add);
        return open;
    }

    void deleteAll() {
        rotations.get().deleteMany(new Document());
    }
}
