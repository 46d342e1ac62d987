package io.careerhistory.query.analytics;

import io.careerhistory.events.PersonalData;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.PersonalDataErasedEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

/**
 * Feeds the analytics (ADR 0019). Every write is keyed by the event's own id (case, completion, mentorship, rotation),
 * so a redelivered event changes nothing; a promotion's months in level are computed once, from the role held before.
 */
@Component
@ProcessingGroup(AnalyticsProjection.PROCESSING_GROUP)
public class AnalyticsProjection {

    public static final String PROCESSING_GROUP = "analytics";

    private final AnalyticsRepository repository;

    public AnalyticsProjection(AnalyticsRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    public void on(EmployeeHiredEvent e) {
        String group = e.selfIdentifiedGroup() == null || PersonalData.ERASED.equals(e.selfIdentifiedGroup())
                ? null : e.selfIdentifiedGroup();
        repository.update(e.employeeId().value(), combine(set("hiredOn", e.hiredOn().toString()), set("track", e.track()),
                                                          set("level", e.level()), set("since", e.hiredOn().toString()),
                                                          set("team", e.team()), set("group", group)));
    }

    @EventHandler
    public void on(EmployeeTransferredEvent e) {
        repository.find(e.employeeId().value()).ifPresent(person -> {
            boolean newRole = !e.level().equals(person.getString("level")) || !e.track().equals(person.getString("track"));
            repository.update(e.employeeId().value(),
                              newRole ? combine(set("team", e.team()), set("track", e.track()), set("level", e.level()),
                                                set("since", e.effectiveOn().toString()))
                                      : set("team", e.team()));
        });
    }

    /**
     * Imported history moves the role held now, but counts as no promotion here: the analytics measure what happened
     * while this system was in use, and the time before it has no mentorships or rotations to compare with.
     */
    @EventHandler
    public void on(LevelHistoryImportedEvent e) {
        importedRole(e.employeeId().value(), e.current(), e.track(), e.level(), e.heldFrom());
    }

    @EventHandler
    public void on(PromotionHistoryImportedEvent e) {
        importedRole(e.employeeId().value(), e.current(), e.track(), e.toLevel(), e.promotedOn());
    }

    private void importedRole(String employeeId, boolean current, String track, String level, LocalDate since) {
        if (current) {
            repository.update(employeeId, combine(set("track", track), set("level", level), set("since", since.toString())));
        }
    }

    @EventHandler
    public void on(EmployeePromotedEvent e) {
        repository.find(e.employeeId().value()).ifPresent(person -> {
            if (person.get("promotions", new Document()).containsKey(e.caseId())) {
                return; // counted already: "since" has moved on to the new level
            }
            long months = ChronoUnit.MONTHS.between(LocalDate.parse(person.getString("since")), e.effectiveOn());
            Document promotion = new Document("track", e.track()).append("fromLevel", e.fromLevel())
                                                                 .append("toLevel", e.toLevel())
                                                                 .append("on", e.effectiveOn().toString())
                                                                 .append("monthsInLevel", months);
            repository.update(e.employeeId().value(), combine(set("promotions." + e.caseId(), promotion),
                                                              set("track", e.track()), set("level", e.toLevel()),
                                                              set("since", e.effectiveOn().toString())));
        });
    }

    @EventHandler
    public void on(CourseCompletedEvent e) {
        String team = repository.find(e.employeeId().value()).map(p -> p.getString("team")).orElse(null);
        repository.update(e.employeeId().value(),
                          set("completions." + e.completionId(),
                              new Document("hours", e.hours() == null ? 0.0 : e.hours().doubleValue())
                                      .append("on", e.completedOn().toString()).append("team", team)));
    }

    @EventHandler
    public void on(CourseCompletionRetractedEvent e) {
        repository.update(e.employeeId().value(), unset("completions." + e.completionId()));
    }

    @EventHandler
    public void on(MentorMatchedEvent e) {
        repository.update(e.menteeId().value(), set("mentorships." + e.mentorshipId(), e.matchedOn().toString()));
    }

    @EventHandler
    public void on(RotationStartedEvent e) {
        repository.update(e.employeeId().value(), set("rotations." + e.rotationId(), e.startedOn().toString()));
    }

    @EventHandler
    public void on(PromotionDecidedEvent e) {
        repository.update(e.employeeId().value(),
                          set("decisions." + e.caseId(), new Document("outcome", e.outcome().name())
                                  .append("on", e.decidedOn().toString())));
    }

    @EventHandler
    public void on(PersonalDataErasedEvent e) {
        repository.update(e.employeeId().value(), unset("group"));
    }

    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }
}
