package io.careerhistory.query.readiness;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import io.careerhistory.readiness.CanonicalJson;
import io.careerhistory.readiness.CareerFacts;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;

/**
 * {@code readiness_facts}: per employee, the events of their career that the readiness rules fold, keyed by event id
 * (so a redelivered event changes nothing) with their store position (so they fold in the order they were stored).
 * Readiness is computed when read, because "months in level" changes with the date and no event says so.
 */
@Repository
public class ReadinessRepository {

    static final String COLLECTION = "readiness_facts";
    private static final Map<String, Class<?>> FOLDED_BY_NAME =
            CareerFacts.FOLDED.stream().collect(Collectors.toMap(Class::getName, Function.identity()));

    private final ViewCollection facts;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public ReadinessRepository(MongoDatabase database, ViewCollections views) {
        this.facts = ViewCollection.live(database, views, COLLECTION);
    }

    public ReadinessRepository(MongoDatabase database) {
        this(database, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public ReadinessRepository(MongoDatabase database, String collection) {
        this.facts = ViewCollection.fixed(database, collection);
    }

    void put(String employeeId, String eventId, long position, Object payload) {
        Document event = new Document("position", position).append("type", payload.getClass().getName())
                                                           .append("json", CanonicalJson.of(payload));
        facts.get().updateOne(eq("_id", employeeId), set("events." + eventId, event), new UpdateOptions().upsert(true));
    }

    /** The employee's folded facts; empty for an unknown employee. */
    public Optional<CareerFacts> find(String employeeId) {
        return find(employeeId, null);
    }

    /** The facts the store had recorded up to {@code knownPosition} (all of them when null). */
    public Optional<CareerFacts> find(String employeeId, Long knownPosition) {
        return Optional.ofNullable(facts.get().find(eq("_id", employeeId)).first()).map(d -> fold(d, knownPosition));
    }

    /** Everyone's folded facts: for lists, which read the whole view. */
    public List<CareerFacts> findAll() {
        List<CareerFacts> all = new ArrayList<>();
        facts.get().find().forEach(d -> all.add(fold(d, null)));
        return all;
    }

    public void deleteAll() {
        facts.get().deleteMany(new Document());
    }

    private static CareerFacts fold(Document document, Long knownPosition) {
        List<Document> events = new ArrayList<>();
        document.get("events", new Document()).values().forEach(e -> events.add((Document) e));
        if (knownPosition != null) {
            events.removeIf(e -> e.get("position", Number.class).longValue() > knownPosition);
        }
        events.sort(Comparator.comparingLong(e -> e.get("position", Number.class).longValue()));
        CareerFacts folded = new CareerFacts();
        for (Document event : events) {
            Class<?> type = FOLDED_BY_NAME.get(event.getString("type"));
            if (type != null) { // a type the rules no longer fold is left out
                folded.apply(CanonicalJson.read(event.getString("json"), type));
            }
        }
        return folded;
    }
}
