package io.careerhistory.infra.identity;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.command.career.LoginNameRegistry;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.infra.mongo.ClaimTable;
import io.careerhistory.infra.privacy.BlindIndex;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * {@code login_names}: one claim per login name, held by an employee id. The key is the login's blind index, never
 * the login itself (ADR 0015). A claim whose hire never reached the event
 * store (the node died between the two) is recognised by its employee having no events, and taken over once it is
 * older than {@link #ORPHANED_AFTER}.
 */
@Component
class MongoLoginNameRegistry implements LoginNameRegistry {

    static final String COLLECTION = "login_names";
    static final Duration ORPHANED_AFTER = Duration.ofMinutes(1);

    private final ClaimTable names;
    private final EventStorageEngine events;
    private final BlindIndex blindIndex;

    MongoLoginNameRegistry(MongoDatabase database, EventStorageEngine events, Clock clock, BlindIndex blindIndex) {
        this.names = new ClaimTable(database, COLLECTION, "employeeId", clock, ORPHANED_AFTER);
        this.events = events;
        this.blindIndex = blindIndex;
    }

    @Override
    public boolean claim(String loginName, EmployeeId employeeId) {
        return names.claim(blindIndex.ofLoginName(loginName), employeeId.value(), holder -> events.lastSequenceNumberFor(holder).isEmpty());
    }

    @Override
    public void release(String loginName, EmployeeId employeeId) {
        names.release(blindIndex.ofLoginName(loginName), employeeId.value());
    }
}
