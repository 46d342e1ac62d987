package io.careerhistory.query.mentorship;

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
 * {@code mentorship_requests}: one document per mentorship requested, {@code _id} = its id, with the mentee, kind,
 * topic and date, and {@code open} until a mentor is matched or the request is cancelled. Every write sets fields of
 * one document by its id, so a redelivered event changes nothing.
 */
@Repository
public class MentorshipRequestsRepository {

    static final String COLLECTION = "mentorship_requests";

    private final ViewCollection requests;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public MentorshipRequestsRepository(MongoDatabase database, ViewCollections views) {
        this.requests = ViewCollection.live(database, views, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public MentorshipRequestsRepository(MongoDatabase database, String collection) {
        this.requests = ViewCollection.fixed(database, collection);
    }

    void update(String mentorshipId, Bson update) {
        requests.get().updateOne(eq("_id", mentorshipId), update, new UpdateOptions().upsert(true));
    }

    /** The requests still waiting for a mentor, the longest waiting first. */
    public List<Document> findOpen() {
        List<Document> open = new ArrayList<>();
        requests.get().find(eq("open", true)).sort(Sorts.ascending("requestedOn", "_id")).forEach(open::add);
        return open;
    }

    void deleteAll() {
        requests.get().deleteMany(new Document());
    }
}
