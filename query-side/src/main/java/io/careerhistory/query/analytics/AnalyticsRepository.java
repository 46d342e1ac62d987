package io.careerhistory.query.analytics;

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
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * {@code analytics_people}: one document per employee with what the analytics count (role and since when, team,
 * completions with their hours and team then, mentorships, rotations, promotions with their months in level,
 * decisions, and the voluntary group). Analytics read the whole collection and answer in aggregate only.
 */
@Repository
public class AnalyticsRepository {

    static final String COLLECTION = "analytics_people";

    private final ViewCollection people;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public AnalyticsRepository(MongoDatabase database, ViewCollections views) {
        this.people = ViewCollection.live(database, views, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public AnalyticsRepository(MongoDatabase database, String collection) {
        this.people = ViewCollection.fixed(database, collection);
    }

    void update(String employeeId, Bson update) {
        people.get().updateOne(eq("_id", employeeId), update, new UpdateOptions().upsert(true));
    }

    Optional<Document> find(String employeeId) {
        return Optional.ofNullable(people.get().find(eq("_id", employeeId)).first());
    }

    List<Document> findAll() {
        return people.get().find().into(new ArrayList<>());
    }

    public void deleteAll() {
        people.get().deleteMany(new Document());
    }
}
