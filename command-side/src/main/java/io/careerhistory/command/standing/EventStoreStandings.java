package io.careerhistory.command.standing;

import io.careerhistory.command.framework.CareerFramework;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.readiness.CareerFacts;
import io.careerhistory.readiness.FrameworkVersions;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Standings and the framework read straight from the event store: the employee's own stream and the framework's, both key lookups, and
 * always as committed, never a lagging projection. Nothing is locked, so a standing can change right after it is read;
 * the rules that use it hold for the moment they are checked (a match made before a departure stays a valid match).
 */
@Component
public class EventStoreStandings implements EmployeeStandings, FrameworkInForce {

    private final EventStore eventStore;

    public EventStoreStandings(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Standing> of(EmployeeId employeeId, LocalDate on) {
        CareerFacts facts = CareerFacts.of(payloads(employeeId.value()));
        if (!facts.hired()) {
            return Optional.empty();
        }
        FrameworkVersions framework = frameworkVersions();
        return Optional.of(facts.roleOn(on)
                                .map(role -> new Standing(employeeId, facts.hiredOn(), facts.employedOn(on),
                                                          role.track(), role.level(),
                                                          rank(framework, on, role.track(), role.level()),
                                                          facts.managerId(), facts.teamOn(on)))
                                .orElseGet(() -> new Standing(employeeId, facts.hiredOn(), false, null, null, null,
                                                              facts.managerId(), null)));
    }

    @Override
    public Optional<FrameworkVersionPublishedEvent> on(LocalDate date) {
        return frameworkVersions().inForceOn(date);
    }

    @Override
    public Optional<FrameworkVersionPublishedEvent> first() {
        return frameworkVersions().all().stream().findFirst();
    }

    private FrameworkVersions frameworkVersions() {
        return FrameworkVersions.fromPayloads(payloads(CareerFramework.ID));
    }

    private static Integer rank(FrameworkVersions framework, LocalDate on, String track, String level) {
        return framework.inForceOn(on)
                        .flatMap(version -> FrameworkVersions.level(version, track, level))
                        .map(LevelDefinition::rank)
                        .orElse(null);
    }

    /** Every event of the stream from the first: a snapshot's payload is aggregate state, which the fold cannot read. */
    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }
}
