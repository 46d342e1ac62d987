package io.careerhistory.infra.eventstore;

import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

/**
 * For tests that read or alter stored commits directly, as an editor with database access would: where a commit
 * document keeps its events in either format of ADR 0002 (inline for one event in format 2, an {@code events} array
 * otherwise and in format 1).
 */
public final class StoredCommitDocuments {

    private static final List<String> EVENT_FIELDS = List.of("eventId", "aggregateId", "type", "seq", "timestamp",
                                                             "payloadType", "payloadRevision", "payload", "metadata");

    private StoredCommitDocuments() {
    }

    /** Commits holding an event of the aggregate (a scan: tests may, the application never does). */
    public static Bson holdingAggregate(String aggregateId) {
        return or(eq("aggregateId", aggregateId), eq("events.aggregateId", aggregateId));
    }

    public static List<Document> events(Document commit) {
        if (commit.containsKey("events")) {
            return commit.getList("events", Document.class);
        }
        Document event = new Document();
        EVENT_FIELDS.stream().filter(commit::containsKey).forEach(field -> event.put(field, commit.get(field)));
        return event.isEmpty() ? List.of() : List.of(event);
    }

    /** The path of an event field for an update of the commit. */
    public static String eventFieldPath(Document commit, int index, String field) {
        return commit.containsKey("events") ? "events." + index + "." + field : field;
    }

    /** The commit with its one inline event replaced by {@code event}'s fields. */
    public static Document withInlineEvent(Document commit, Document event) {
        Document changed = new Document(commit);
        EVENT_FIELDS.forEach(changed::remove);
        changed.putAll(event);
        return changed;
    }
}
