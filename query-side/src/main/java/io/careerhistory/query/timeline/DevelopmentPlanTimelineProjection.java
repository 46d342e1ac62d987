package io.careerhistory.query.timeline;

import io.careerhistory.events.career.DevelopmentGoalAchievedEvent;
import io.careerhistory.events.career.DevelopmentGoalAgreedEvent;
import io.careerhistory.events.career.DevelopmentGoalDroppedEvent;
import io.careerhistory.events.career.DevelopmentGoalProgressNotedEvent;
import io.careerhistory.events.career.DevelopmentGoalProposedEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.careerhistory.query.timeline.TimelineKind.GOAL_ACHIEVED;
import static io.careerhistory.query.timeline.TimelineKind.GOAL_AGREED;
import static io.careerhistory.query.timeline.TimelineKind.GOAL_DROPPED;
import static io.careerhistory.query.timeline.TimelineKind.GOAL_PROGRESS;
import static io.careerhistory.query.timeline.TimelineKind.GOAL_PROPOSED;

/**
 * The development plan on the timeline: each step is an entry, and the proposal's entry carries the goal's status.
 * Same processing group and view as {@link TimelineProjection}.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class DevelopmentPlanTimelineProjection {


    private final TimelineRepository repository;

    DevelopmentPlanTimelineProjection(TimelineRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(DevelopmentGoalProposedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("category", event.category().name());
        details.put("targetDate", event.targetDate().toString());
        details.put("proposedBy", event.proposedBy().name());
        details.put("status", "PROPOSED");
        details.put(TimelineEntry.NAME, event.title());
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, GOAL_PROPOSED, event.proposedOn(), sequence,
                                         "Goal proposed: " + event.title(), details, Map.of("goalId", event.goalId())));
    }

    @EventHandler
    void on(DevelopmentGoalAgreedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        step(event.employeeId().value(), "AGREED", new TimelineEntry(
                eventId, GOAL_AGREED, event.agreedOn(), sequence, "Goal agreed",
                Map.of("agreedBy", event.agreedBy().name()), Map.of("goalId", event.goalId())));
    }

    @EventHandler
    void on(DevelopmentGoalProgressNotedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        String employeeId = event.employeeId().value();
        TimelineEntry progress = new TimelineEntry(eventId, GOAL_PROGRESS, event.notedOn(), sequence, "Progress on a goal",
                                                   Map.of("note", event.note()), Map.of("goalId", event.goalId()));
        repository.put(employeeId, progress.naming(repository.nameOf(employeeId, GOAL_PROPOSED, "goalId",
                                                                     event.goalId())));
    }

    @EventHandler
    void on(DevelopmentGoalAchievedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        step(event.employeeId().value(), "ACHIEVED", new TimelineEntry(
                eventId, GOAL_ACHIEVED, event.achievedOn(), sequence, "Goal achieved", Map.of(),
                Map.of("goalId", event.goalId())));
    }

    @EventHandler
    void on(DevelopmentGoalDroppedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        step(event.employeeId().value(), "DROPPED", new TimelineEntry(
                eventId, GOAL_DROPPED, event.droppedOn(), sequence, "Goal dropped", Map.of("reason", event.reason()),
                Map.of("goalId", event.goalId())));
    }

    private void step(String employeeId, String status, TimelineEntry entry) {
        repository.putStep(employeeId, entry, GOAL_PROPOSED, "goalId", status);
    }
}
