package io.careerhistory.query.timeline;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import io.careerhistory.query.common.AsOf;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
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

    private final ViewCollection timelines;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public TimelineRepository(MongoDatabase database, ViewCollections views) {
        this.timelines = ViewCollection.live(database, views, COLLECTION);
    }

    public TimelineRepository(MongoDatabase database) {
        this(database, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public TimelineRepository(MongoDatabase database, String collection) {
        this.timelines = ViewCollection.fixed(database, collection);
    }

    void put(String employeeId, TimelineEntry entry) {
        Document document = new Document("kind", entry.kind())
                .append("occurredOn", entry.occurredOn().toString())
                .append("sequence", entry.sequence())
                .append("title", entry.title())
                .append("details", new Document(entry.details()))
                .append("refs", new Document(new LinkedHashMap<>(entry.refs())));
        timelines.get().updateOne(eq("_id", employeeId), set("entries." + entry.eventId(), document),
                            new UpdateOptions().upsert(true));
    }

    /**
     * Puts a later step of something that an entry of {@code openingKind} began (a goal, a rotation), and marks that
     * entry with the {@code status} the step leads to. The two are tied by the ref {@code refKey} of {@code step}.
     */
    void putStep(String employeeId, TimelineEntry step, TimelineKind openingKind, String refKey, String status) {
        Optional<String> name = annotate(employeeId, openingKind, refKey, step.refs().get(refKey),
                                         Map.of("status", status), step);
        put(employeeId, step.naming(name));
    }

    /**
     * Adds {@code details} to the entries of {@code kind} that refer to {@code refKey = refValue}: how a later fact
     * ({@code by}, such as a retraction) shows on the entry it concerns. Each value is also kept with when it came,
     * so that a question about the past sees the value of then ({@link AsOf}). {@code $set}/{@code $addToSet} of
     * values fixed by the event, so it is idempotent too.
     */
    Optional<String> annotate(String employeeId, TimelineKind kind, String refKey, String refValue,
                              Map<String, Object> details, TimelineEntry by) {
        return annotate(employeeId, kind, refKey, refValue, details, by, null);
    }

    /**
     * As above, skipping entries that already have the detail {@code unlessPresent}: for facts that can repeat with
     * the same reference (joining the same pod again), so that each ending marks the one still open.
     *
     * @return the own name of the entry annotated ({@link TimelineEntry#NAME}), for the later fact's title
     */
    Optional<String> annotate(String employeeId, TimelineKind kind, String refKey, String refValue,
                              Map<String, Object> details, TimelineEntry by, String unlessPresent) {
        Document timeline = timelines.get().find(eq("_id", employeeId)).first();
        if (timeline == null) {
            return Optional.empty();
        }
        timeline.get("entries", new Document()).forEach((eventId, value) -> {
            Document entry = (Document) value;
            Document refs = entry.get("refs", new Document());
            boolean open = unlessPresent == null || !entry.get("details", new Document()).containsKey(unlessPresent);
            if (kind.name().equals(entry.getString("kind")) && refValue.equals(refs.getString(refKey)) && open) {
                List<Bson> updates = new ArrayList<>();
                Document history = entry.get("history", new Document());
                Document own = entry.get("details", new Document());
                details.forEach((key, detail) -> {
                    if (own.containsKey(key) && !history.containsKey(key)) { // the value the entry came with
                        updates.add(addToSet("entries." + eventId + ".history." + key,
                                             new Document("value", own.get(key)).append("position", entry.get("sequence"))
                                                                                .append("on", entry.getString("occurredOn"))));
                    }
                    updates.add(set("entries." + eventId + ".details." + key, detail));
                    updates.add(addToSet("entries." + eventId + ".history." + key,
                                         new Document("value", detail).append("position", by.sequence())
                                                                      .append("on", by.occurredOn().toString())));
                });
                timelines.get().updateOne(eq("_id", employeeId), combine(updates));
            }
        });
        return nameIn(timeline, kind, refKey, refValue);
    }

    /** The own name of the entry of {@code kind} that {@code refKey = refValue} refers to, if it has one. */
    Optional<String> nameOf(String employeeId, TimelineKind kind, String refKey, String refValue) {
        return nameIn(timelines.get().find(eq("_id", employeeId)).first(), kind, refKey, refValue);
    }

    private static Optional<String> nameIn(Document timeline, TimelineKind kind, String refKey, String refValue) {
        if (timeline == null) {
            return Optional.empty();
        }
        return timeline.get("entries", new Document()).values().stream().map(Document.class::cast)
                       .filter(entry -> kind.name().equals(entry.getString("kind"))
                               && refValue.equals(entry.get("refs", new Document()).getString(refKey)))
                       .map(entry -> entry.get("details", new Document()).get(TimelineEntry.NAME))
                       .filter(String.class::isInstance).map(String.class::cast)
                       .reduce((first, last) -> last);
    }

    /** The timeline as it stood {@code asOf}: the entries it then had, each with the details it then had. */
    Optional<List<TimelineEntry>> findAll(String employeeId, AsOf asOf) {
        Document timeline = timelines.get().find(eq("_id", employeeId)).first();
        if (timeline == null) {
            return Optional.empty();
        }
        Document entries = timeline.get("entries", new Document());
        List<TimelineEntry> result = new ArrayList<>(entries.size());
        entries.forEach((eventId, value) -> {
            TimelineEntry entry = toEntry(eventId, (Document) value);
            if (asOf.includes(entry.occurredOn(), entry.sequence())) {
                result.add(asOf.isNow() ? entry : asItStood(entry, ((Document) value).get("history", new Document()), asOf));
            }
        });
        return Optional.of(result);
    }

    /** Each later detail is replaced by the value it had then, or left out if it came after. */
    private static TimelineEntry asItStood(TimelineEntry entry, Document history, AsOf asOf) {
        Map<String, Object> details = new LinkedHashMap<>(entry.details());
        history.forEach((key, values) -> {
            details.remove(key);
            ((List<?>) values).stream().map(Document.class::cast)
                              .filter(v -> asOf.includes(LocalDate.parse(v.getString("on")), v.get("position", Number.class).longValue()))
                              .max(Comparator.comparingLong(v -> v.get("position", Number.class).longValue()))
                              .ifPresent(v -> details.put(key, v.get("value")));
        });
        return new TimelineEntry(entry.eventId(), entry.kind(), entry.occurredOn(), entry.sequence(), entry.title(), details,
                                 entry.refs());
    }

    public void deleteAll() {
        timelines.get().deleteMany(new Document());
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
