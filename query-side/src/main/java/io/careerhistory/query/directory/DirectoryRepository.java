package io.careerhistory.query.directory;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * {@code directory}: one card per employee (name, team, track, level, skills, mentoring load), the public part of
 * who they are. Skills are kept per fact that showed them, so a retracted completion takes its skills away again;
 * every write sets or unsets one key, so a redelivered event changes nothing.
 */
@Repository
public class DirectoryRepository {

    static final String COLLECTION = "directory";

    private final ViewCollection cards;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public DirectoryRepository(MongoDatabase database, ViewCollections views) {
        this.cards = ViewCollection.live(database, views, COLLECTION);
    }

    public DirectoryRepository(MongoDatabase database) {
        this(database, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public DirectoryRepository(MongoDatabase database, String collection) {
        this.cards = ViewCollection.fixed(database, collection);
    }

    void update(String employeeId, Bson update) {
        cards.get().updateOne(eq("_id", employeeId), update, new UpdateOptions().upsert(true));
    }

    public Optional<DirectoryCard> find(String employeeId) {
        return Optional.ofNullable(cards.get().find(eq("_id", employeeId)).first()).map(DirectoryCard::of);
    }

    /** Every card: suggestions score them all, which is cheap for thousands of people. */
    public List<DirectoryCard> findAll() {
        List<DirectoryCard> all = new ArrayList<>();
        cards.get().find().forEach(d -> all.add(DirectoryCard.of(d)));
        return all;
    }

    /** The cards of these employees (one {@code _id $in} lookup); unknown ids are left out. */
    public List<DirectoryCard> findAll(Collection<String> employeeIds) {
        List<DirectoryCard> found = new ArrayList<>();
        cards.get().find(in("_id", employeeIds)).forEach(d -> found.add(DirectoryCard.of(d)));
        return found;
    }

    public void deleteAll() {
        cards.get().deleteMany(new Document());
    }
}
