package io.careerhistory.infra.xapi;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.careerhistory.infra.privacy.PersonalDataCipher;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * {@code xapi_statements}, keyed by statement id, so that keeping a statement is one insert that fails for an id
 * already kept (the idempotency check cannot race) and every read is a key lookup. The statement itself is sealed
 * under the learner's personal-data key: erasing them makes it unreadable (ADR 0020).
 */
@Component
class StatementStore {

    static final String COLLECTION = "xapi_statements";

    private final MongoCollection<Document> statements;
    private final PersonalDataCipher cipher;

    StatementStore(MongoDatabase database, PersonalDataCipher cipher) {
        this.statements = database.getCollection(COLLECTION);
        this.cipher = cipher;
    }

    Optional<KeptStatement> find(String id) {
        return Optional.ofNullable(statements.find(eq("_id", id)).first()).map(this::kept);
    }

    /** Keeps a new statement; false when its id is already kept. */
    boolean insert(KeptStatement statement) {
        Document document = new Document("_id", statement.id()).append("source", statement.source())
                .append("hash", statement.hash()).append("outcome", statement.outcome().name())
                .append("reason", statement.reason()).append("employeeId", statement.employeeId()).append("completionId", statement.completionId())
                .append("voidedBy", statement.voidedBy()).append("stored", Date.from(statement.stored()));
        if (statement.employeeId() != null) {
            document.append("sealedBody", new Binary(cipher.seal(statement.employeeId(), statement.body())));
        } else {
            document.append("body", statement.body());
        }
        try {
            statements.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    void settle(KeptStatement statement) {
        statements.updateOne(eq("_id", statement.id()),
                             Updates.combine(Updates.set("outcome", statement.outcome().name()),
                                             Updates.set("reason", statement.reason()),
                                             Updates.set("completionId", statement.completionId())));
    }

    void markVoided(String id, String voidingId) {
        statements.updateOne(eq("_id", id), Updates.set("voidedBy", voidingId));
    }

    /** The most recent first, at most {@code limit}; {@code outcome} and {@code source} null for any. */
    List<KeptStatement> recent(Outcome outcome, String source, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (outcome != null) {
            filters.add(eq("outcome", outcome.name()));
        }
        if (source != null) {
            filters.add(eq("source", source));
        }
        List<KeptStatement> found = new ArrayList<>();
        statements.find(filters.isEmpty() ? new Document() : and(filters)).sort(Sorts.descending("stored")).limit(limit)
                  .forEach(document -> found.add(kept(document)));
        return found;
    }

    private KeptStatement kept(Document document) {
        String employeeId = document.getString("employeeId");
        Binary sealed = document.get("sealedBody", Binary.class);
        String body = sealed == null ? document.getString("body") : cipher.open(employeeId, sealed.getData()).orElse(null);
        return new KeptStatement(document.getString("_id"), document.getString("source"), document.getString("hash"),
                                 Outcome.valueOf(document.getString("outcome")), document.getString("reason"),
                                 employeeId, document.getString("completionId"),
                                 document.getString("voidedBy"), document.getDate("stored").toInstant(), body);
    }
}
