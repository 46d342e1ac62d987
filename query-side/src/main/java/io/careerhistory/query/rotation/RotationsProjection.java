package io.careerhistory.query.rotation;

import io.careerhistory.events.career.RotationApprovedEvent;
import io.careerhistory.events.career.RotationCancelledEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationExtendedEvent;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * The job rotations and the step each is at, which managers and talent partners take forward: the host lead approves
 * a proposal, then it is started, extended, completed or cancelled. A rotation's events come in order, also when
 * redelivered, so each sets what its step set and the last one read leaves the rotation where it is.
 */
@Component
@ProcessingGroup(RotationsProjection.PROCESSING_GROUP)
public class RotationsProjection {

    public static final String PROCESSING_GROUP = "rotations";

    private final RotationsRepository repository;

    public RotationsProjection(RotationsRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    public void on(RotationProposedEvent e) {
        repository.update(e.rotationId(), combine(set("employeeId", e.employeeId().value()), set("hostTeam", e.hostTeam()),
                                                  set("hostTrack", e.hostTrack()),
                                                  set("plannedStart", e.plannedStart().toString()),
                                                  set("plannedEnd", e.plannedEnd().toString()),
                                                  set("proposedOn", e.proposedOn().toString()),
                                                  set("status", "PROPOSED"), set("open", true)));
    }

    @EventHandler
    public void on(RotationApprovedEvent e) {
        repository.update(e.rotationId(), combine(set("approvedBy", e.approvedBy().value()),
                                                  set("approvedOn", e.approvedOn().toString()),
                                                  set("status", "APPROVED")));
    }

    @EventHandler
    public void on(RotationStartedEvent e) {
        repository.update(e.rotationId(), combine(set("startedOn", e.startedOn().toString()), set("status", "STARTED")));
    }

    @EventHandler
    public void on(RotationExtendedEvent e) {
        repository.update(e.rotationId(), set("plannedEnd", e.newPlannedEnd().toString()));
    }

    @EventHandler
    public void on(RotationCompletedEvent e) {
        repository.update(e.rotationId(), combine(set("status", e.outcome().name()),
                                                  set("closedOn", e.completedOn().toString()), set("open", false)));
    }

    /** The reason is personal data (it may be erased), so the view keeps only that it was cancelled, and when. */
    @EventHandler
    public void on(RotationCancelledEvent e) {
        repository.update(e.rotationId(), combine(set("status", "CANCELLED"), set("closedOn", e.cancelledOn().toString()),
                                                  set("open", false)));
    }

    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }
}
