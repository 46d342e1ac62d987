package io.careerhistory.query.timeline;

import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.LearningPodJoinedEvent;
import io.careerhistory.events.career.LearningPodLeftEvent;
import io.careerhistory.events.career.PassionProjectShippedEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.PassionProjectStoppedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

import static io.careerhistory.query.timeline.TimelineKind.HACK_WEEK_PROJECT;
import static io.careerhistory.query.timeline.TimelineKind.PASSION_PROJECT_SHIPPED;
import static io.careerhistory.query.timeline.TimelineKind.PASSION_PROJECT_STARTED;
import static io.careerhistory.query.timeline.TimelineKind.PASSION_PROJECT_STOPPED;
import static io.careerhistory.query.timeline.TimelineKind.POD_JOINED;
import static io.careerhistory.query.timeline.TimelineKind.POD_LEFT;
import static io.careerhistory.query.timeline.TimelineKind.TECH_TALK;

/**
 * The knowledge-sharing facts on the timeline: talks, pods, hack weeks, passion projects. Same processing group and
 * view as {@link TimelineProjection} (which owns the reset); a later fact also marks the entry it ends.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class KnowledgeSharingTimelineProjection {

    private final TimelineRepository repository;

    KnowledgeSharingTimelineProjection(TimelineRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(TechTalkGivenEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, TECH_TALK, event.givenOn(), sequence, "Gave the talk " + event.title(),
                                         Map.of("venue", event.venue(), "skills", event.skills()),
                                         Map.of("talkId", event.talkId())));
    }

    @EventHandler
    void on(LearningPodJoinedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, POD_JOINED, event.joinedOn(), sequence,
                                         "Joined the learning pod " + event.podName(),
                                         Map.of("topic", event.topic(), TimelineEntry.NAME, event.podName()),
                                         Map.of("podId", event.podId())));
    }

    @EventHandler
    void on(LearningPodLeftEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        String employeeId = event.employeeId().value();
        TimelineEntry left = new TimelineEntry(eventId, POD_LEFT, event.leftOn(), sequence, "Left a learning pod",
                                               Map.of(), Map.of("podId", event.podId()));
        Optional<String> pod = repository.annotate(employeeId, POD_JOINED, "podId", event.podId(),
                                                   Map.of("leftOn", event.leftOn().toString()), left, "leftOn");
        repository.put(employeeId, left.naming(pod));
    }

    @EventHandler
    void on(HackWeekProjectRecordedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, HACK_WEEK_PROJECT, event.endedOn(), sequence,
                                         "Hack week " + event.hackWeek() + ": " + event.title(),
                                         Map.of("outcome", event.outcome().name(), "skills", event.skills()),
                                         Map.of("projectId", event.projectId())));
    }

    @EventHandler
    void on(PassionProjectStartedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, PASSION_PROJECT_STARTED, event.startedOn(), sequence,
                                         "Started the passion project " + event.title(),
                                         Map.of("skills", event.skills(), "status", "RUNNING",
                                                TimelineEntry.NAME, event.title()),
                                         Map.of("projectId", event.projectId())));
    }

    @EventHandler
    void on(PassionProjectShippedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        ended(event.employeeId().value(), event.projectId(), "SHIPPED",
              new TimelineEntry(eventId, PASSION_PROJECT_SHIPPED, event.shippedOn(), sequence,
                                "Shipped a passion project", Map.of("outcome", event.outcome()),
                                Map.of("projectId", event.projectId())));
    }

    @EventHandler
    void on(PassionProjectStoppedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        ended(event.employeeId().value(), event.projectId(), "STOPPED",
              new TimelineEntry(eventId, PASSION_PROJECT_STOPPED, event.stoppedOn(), sequence,
                                "Stopped a passion project", Map.of("reason", event.reason()),
                                Map.of("projectId", event.projectId())));
    }

    /** Marks the project's start entry with how it ended, and puts the ending. */
    private void ended(String employeeId, String projectId, String status, TimelineEntry ending) {
        Optional<String> project = repository.annotate(employeeId, PASSION_PROJECT_STARTED, "projectId", projectId,
                                                       Map.of("status", status), ending);
        repository.put(employeeId, ending.naming(project));
    }
}
