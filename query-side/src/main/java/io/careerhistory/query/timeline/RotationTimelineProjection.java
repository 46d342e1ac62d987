package io.careerhistory.query.timeline;

import io.careerhistory.events.career.RotationApprovedEvent;
import io.careerhistory.events.career.RotationCancelledEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationExtendedEvent;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.Map;

import static io.careerhistory.query.timeline.TimelineKind.ROTATION_APPROVED;
import static io.careerhistory.query.timeline.TimelineKind.ROTATION_CANCELLED;
import static io.careerhistory.query.timeline.TimelineKind.ROTATION_COMPLETED;
import static io.careerhistory.query.timeline.TimelineKind.ROTATION_EXTENDED;
import static io.careerhistory.query.timeline.TimelineKind.ROTATION_PROPOSED;
import static io.careerhistory.query.timeline.TimelineKind.ROTATION_STARTED;

/**
 * Job rotations on the timeline: each step an entry referring to the rotation and its host team, and the proposal's
 * entry carrying the rotation's status. A conversion's move shows as the TRANSFERRED entry committed with it.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class RotationTimelineProjection {


    private final TimelineRepository repository;

    RotationTimelineProjection(TimelineRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(RotationProposedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, ROTATION_PROPOSED, event.proposedOn(), sequence,
                                         "Rotation into " + event.hostTeam() + " proposed",
                                         Map.of("hostTrack", event.hostTrack(), "plannedStart", event.plannedStart().toString(),
                                                "plannedEnd", event.plannedEnd().toString(), "status", "PROPOSED"),
                                         Map.of("rotationId", event.rotationId(), "rotationTeam", event.hostTeam())));
    }

    @EventHandler
    void on(RotationApprovedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        step(event.employeeId().value(), "APPROVED",
             new TimelineEntry(eventId, ROTATION_APPROVED, event.approvedOn(), sequence, "Rotation approved by the host team",
                               Map.of(), Map.of("rotationId", event.rotationId(), "approvedBy", event.approvedBy().value())));
    }

    @EventHandler
    void on(RotationStartedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        step(event.employeeId().value(), "STARTED",
             new TimelineEntry(eventId, ROTATION_STARTED, event.startedOn(), sequence, "Rotation started", Map.of(),
                               Map.of("rotationId", event.rotationId())));
    }

    @EventHandler
    void on(RotationExtendedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        String employeeId = event.employeeId().value();
        TimelineEntry extended = new TimelineEntry(eventId, ROTATION_EXTENDED, event.extendedOn(), sequence,
                                                   "Rotation extended to " + event.newPlannedEnd(), Map.of(),
                                                   Map.of("rotationId", event.rotationId()));
        repository.annotate(employeeId, ROTATION_PROPOSED, "rotationId", event.rotationId(),
                            Map.of("plannedEnd", event.newPlannedEnd().toString()), extended);
        repository.put(employeeId, extended);
    }

    @EventHandler
    void on(RotationCompletedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        step(event.employeeId().value(), event.outcome().name(),
             new TimelineEntry(eventId, ROTATION_COMPLETED, event.completedOn(), sequence,
                               "Rotation completed: " + event.outcome().name().toLowerCase(),
                               Map.of("outcome", event.outcome().name()), Map.of("rotationId", event.rotationId())));
    }

    @EventHandler
    void on(RotationCancelledEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        step(event.employeeId().value(), "CANCELLED",
             new TimelineEntry(eventId, ROTATION_CANCELLED, event.cancelledOn(), sequence, "Rotation cancelled",
                               Map.of("reason", event.reason()), Map.of("rotationId", event.rotationId())));
    }

    private void step(String employeeId, String status, TimelineEntry entry) {
        repository.putStep(employeeId, entry, ROTATION_PROPOSED, "rotationId", status);
    }
}
