package io.careerhistory.infra.identity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.command.career.LoginNameRegistry;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.infra.mongo.Inserts;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * {@code login_names}: one document per login name, {@code _id} = the name, claimed by insert so that exactly one
 * employee gets it on any node. A claim whose hire never reached the event store (the node died between the two) is
 * recognised by its employee having no events, and taken over once it is older than {@link #ORPHANED_AFTER}.
 */
@Component
class MongoLoginNameRegistry implements LoginNameRegistry {

    static final String COLLECTION = "login_names";
    static final Duration ORPHANED_AFTER = Duration.ofMinutes(1);

    private final MongoCollection<Document> names;
    private final EventStorageEngine events;
    private final Clock clock;

    MongoLoginNameRegistry(MongoDatabase database, EventStorageEngine events, Clock clock) {
        this.names = database.getCollection(COLLECTION);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean claim(String loginName, EmployeeId employeeId) {
        if (Inserts.insertIfAbsent(names, new Document("_id", loginName).append("employeeId", employeeId.value())
                                                                        .append("claimedAt", clock.instant().toString()))) {
            return true;
        }
        Document holder = names.find(eq("_id", loginName)).first();
        if (holder == null) {
            return claim(loginName, employeeId); // released in between
        }
        return holder.getString("employeeId").equals(employeeId.value()) || takeOverIfOrphaned(loginName, holder, employeeId);
    }

    private boolean takeOverIfOrphaned(String loginName, Document holder, EmployeeId employeeId) {
        String claimedAt = holder.getString("claimedAt");
        boolean recent = Instant.parse(claimedAt).plus(ORPHANED_AFTER).isAfter(clock.instant());
        if (recent || events.lastSequenceNumberFor(holder.getString("employeeId")).isPresent()) {
            return false;
        }
        return names.updateOne(and(eq("_id", loginName), eq("claimedAt", claimedAt)),
                               combine(set("employeeId", employeeId.value()), set("claimedAt", clock.instant().toString())))
                    .getModifiedCount() == 1;
    }

    @Override
    public void release(String loginName, EmployeeId employeeId) {
        names.deleteOne(and(eq("_id", loginName), eq("employeeId", employeeId.value())));
    }
}
