package io.careerhistory.query.timeline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * One document per employee, its entries keyed by event id. Writing an entry is a {@code $set} of that key,
 * so applying the same event twice leaves the same document: the projection is idempotent by construction.
 * Reading a timeline is one key lookup, which the embedded server answers without a scan.
 */
@Repository
public class TimelineRepository {

    static final String COLLECTION = "timeline";

    private final MongoCollection<Document> timelines;

    public TimelineRepository(MongoDatabase database) {
        this.timelines = database.getCollection(COLLECTION);
    }

    void put(String employeeId, TimelineEntry entry) {
        Document document = new Document("kind", entry.kind())
                .append("occurredOn", entry.occurredOn().toString())
                .append("sequence", entry.sequence())
                .append("title", entry.title())
                .append("details", new Document(entry.details()))
                .append("refs", new Document(new LinkedHashMap<>(entry.refs())));
        timelines.updateOne(eq("_id", employeeId), set("entries." + entry.eventId(), document),
                            new UpdateOptions().upsert(true));
    }

    /**
     * Puts a later step of something that an entry of {@code openingKind} began (a goal, a rotation), and marks that
     * entry with the {@code status} the step leads to. The two are tied by the ref {@code refKey} of {@code step}.
     */
    void putStep(String employeeId, TimelineEntry step, String openingKind, String refKey, String status) {
        annotate(employeeId, openingKind, refKey, step.refs().get(refKey), Map.of("status", status));
        put(employeeId, step);
    }

    /**
     * Adds {@code details} to the entries of {@code kind} that refer to {@code refKey = refValue}: how a later fact,
     * such as a retraction, shows on the entry it concerns. A {@code $set} of fixed values, so it is idempotent too.
     */
    void annotate(String employeeId, String kind, String refKey, String refValue, Map<String, Object> details) {
        annotate(employeeId, kind, refKey, refValue, details, null);
    }

    /**
     * As above, skipping entries that already have the detail {@code unlessPresent}: for facts that can repeat with
     * the same reference (joining the same pod again), so that each ending marks the one still open.
     */
    void annotate(String employeeId, String kind, String refKey, String refValue, Map<String, Object> details,
                  String unlessPresent) {
        Document timeline = timelines.find(eq("_id", employeeId)).first();
        if (timeline == null) {
            return;
        }
        timeline.get("entries", new Document()).forEach((eventId, value) -> {
            Document entry = (Document) value;
            Document refs = entry.get("refs", new Document());
            boolean open = unlessPresent == null || !entry.get("details", new Document()).containsKey(unlessPresent);
            if (kind.equals(entry.getString("kind")) && refValue.equals(refs.getString(refKey)) && open) {
                List<Bson> updates = new ArrayList<>();
                details.forEach((key, detail) -> updates.add(set("entries." + eventId + ".details." + key, detail)));
                timelines.updateOne(eq("_id", employeeId), combine(updates));
            }
        });
    }

    Optional<List<TimelineEntry>> findAll(String employeeId) {
        Document timeline = timelines.find(eq("_id", employeeId)).first();
        if (timeline == null) {
            return Optional.empty();
        }
        Document entries = timeline.get("entries", new Document());
        List<TimelineEntry> result = new ArrayList<>(entries.size());
        entries.forEach((eventId, value) -> result.add(toEntry(eventId, (Document) value)));
        return Optional.of(result);
    }

    public void deleteAll() {
        timelines.deleteMany(new Document());
    }

    @SuppressWarnings("unchecked")
    private static TimelineEntry toEntry(String eventId, Document d) {
        Map<String, String> refs = new LinkedHashMap<>();
        d.get("refs", new Document()).forEach((k, v) -> refs.put(k, String.valueOf(v)));
        return new TimelineEntry(eventId, d.getString("kind"), LocalDate.parse(d.getString("occurredOn")),
                                 d.get("sequence", Number.class).longValue(), d.getString("title"),
                                 new LinkedHashMap<>((Map<String, Object>) d.get("details", new Document())), refs);
    }
}
