package io.careerhistory.query.timeline;

import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipCancelledEvent;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import io.careerhistory.events.mentorship.MentorshipGoalAchievedEvent;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import io.careerhistory.events.mentorship.MentorshipSessionLoggedEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.careerhistory.query.timeline.TimelineKind.MENTORING_GIVEN;
import static io.careerhistory.query.timeline.TimelineKind.MENTORING_STARTED;
import static io.careerhistory.query.timeline.TimelineKind.MENTORSHIP_CANCELLED;
import static io.careerhistory.query.timeline.TimelineKind.MENTORSHIP_CONCLUDED;
import static io.careerhistory.query.timeline.TimelineKind.MENTORSHIP_GOAL_ACHIEVED;
import static io.careerhistory.query.timeline.TimelineKind.MENTORSHIP_REQUESTED;
import static io.careerhistory.query.timeline.TimelineKind.MENTORSHIP_SESSION;
import static io.careerhistory.query.timeline.TimelineKind.MENTOR_MATCHED;

/**
 * Mentorships on the timelines of both people. The mentee's request entry carries the mentorship's status; the mentor
 * sees the match, the sessions, a cancellation, and the conclusion as the {@link MentoringGivenEvent} credited to
 * their own career (one entry per fact and person).
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class MentorshipTimelineProjection {

    private static final String MENTORSHIP_ID = "mentorshipId";

    private final TimelineRepository repository;

    MentorshipTimelineProjection(TimelineRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(MentorshipRequestedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", event.kind().name());
        details.put("topic", event.topic());
        details.put("goals", event.goals());
        details.put("status", "REQUESTED");
        details.put(TimelineEntry.NAME, event.topic());
        repository.put(event.menteeId().value(),
                       new TimelineEntry(eventId, MENTORSHIP_REQUESTED, event.requestedOn(), sequence,
                                         "Asked for a " + event.kind().name().toLowerCase() + " mentor: " + event.topic(),
                                         details, Map.of(MENTORSHIP_ID, event.mentorshipId())));
    }

    @EventHandler
    void on(MentorMatchedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        Map<String, String> refs = refs(event.mentorshipId(), event.menteeId().value(), event.mentorId().value());
        TimelineEntry matched = new TimelineEntry(eventId, MENTOR_MATCHED, event.matchedOn(), sequence,
                                                  "Matched with mentor " + event.mentorId(),
                                                  Map.of("kind", event.kind().name()), refs);
        repository.annotate(event.menteeId().value(), MENTORSHIP_REQUESTED, MENTORSHIP_ID, event.mentorshipId(),
                            Map.of("mentorId", event.mentorId().value()), matched);
        step(event.menteeId().value(), "MATCHED", matched);
        repository.put(event.mentorId().value(),
                       new TimelineEntry(eventId, MENTORING_STARTED, event.matchedOn(), sequence,
                                         "Started mentoring " + event.menteeId(), Map.of("kind", event.kind().name()),
                                         refs));
    }

    @EventHandler
    void on(MentorshipSessionLoggedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("minutes", event.minutes());
        if (event.notes() != null) {
            details.put("notes", event.notes());
        }
        Map<String, String> refs = refs(event.mentorshipId(), event.menteeId().value(), event.mentorId().value());
        TimelineEntry entry = new TimelineEntry(eventId, MENTORSHIP_SESSION, event.heldOn(), sequence,
                                                "Mentoring session", details, refs);
        repository.put(event.menteeId().value(), entry);
        repository.put(event.mentorId().value(), entry);
    }

    @EventHandler
    void on(MentorshipGoalAchievedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.menteeId().value(),
                       new TimelineEntry(eventId, MENTORSHIP_GOAL_ACHIEVED, event.achievedOn(), sequence,
                                         "Mentorship goal achieved: " + event.goal(), Map.of("goal", event.goal()),
                                         refs(event.mentorshipId(), event.menteeId().value(), event.mentorId().value())));
    }

    @EventHandler
    void on(MentorshipConcludedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        step(event.menteeId().value(), "CONCLUDED",
             new TimelineEntry(eventId, MENTORSHIP_CONCLUDED, event.concludedOn(), sequence, "Mentorship concluded",
                               Map.of("menteeFeedback", event.menteeFeedback(), "mentorFeedback", event.mentorFeedback()),
                               refs(event.mentorshipId(), event.menteeId().value(), event.mentorId().value())));
    }

    @EventHandler
    void on(MentoringGivenEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, MENTORING_GIVEN, event.concludedOn(), sequence,
                                         "Mentored " + event.menteeId() + " on " + event.topic(),
                                         Map.of("kind", event.kind().name(), "topic", event.topic()),
                                         refs(event.mentorshipId(), event.menteeId().value(), event.employeeId().value())));
    }

    @EventHandler
    void on(MentorshipCancelledEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        String mentor = event.mentorId() == null ? null : event.mentorId().value();
        TimelineEntry entry = new TimelineEntry(eventId, MENTORSHIP_CANCELLED, event.cancelledOn(), sequence,
                                                "Mentorship cancelled", Map.of("reason", event.reason()),
                                                refs(event.mentorshipId(), event.menteeId().value(), mentor));
        step(event.menteeId().value(), "CANCELLED", entry);
        if (mentor != null) {
            repository.put(mentor, entry);
        }
    }

    private void step(String menteeId, String status, TimelineEntry entry) {
        repository.putStep(menteeId, entry, MENTORSHIP_REQUESTED, MENTORSHIP_ID, status);
    }

    private static Map<String, String> refs(String mentorshipId, String menteeId, String mentorId) {
        Map<String, String> refs = new LinkedHashMap<>();
        refs.put(MENTORSHIP_ID, mentorshipId);
        refs.put("menteeId", menteeId);
        if (mentorId != null) {
            refs.put("mentorId", mentorId);
        }
        return refs;
    }
}
