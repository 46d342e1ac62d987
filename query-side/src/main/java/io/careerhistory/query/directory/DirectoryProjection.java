package io.careerhistory.query.directory;

import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipCancelledEvent;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

/** The directory cards, for search results and mentor suggestions. */
@Component
@ProcessingGroup(DirectoryProjection.PROCESSING_GROUP)
public class DirectoryProjection {

    public static final String PROCESSING_GROUP = "directory";

    private final DirectoryRepository repository;

    public DirectoryProjection(DirectoryRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    public void on(EmployeeHiredEvent e) {
        repository.update(e.employeeId().value(), combine(set("name", e.name()), set("team", e.team()),
                                                          set("track", e.track()), set("level", e.level()),
                                                          set("managerId", e.managerId() == null ? null : e.managerId().value())));
    }

    @EventHandler
    public void on(EmployeeTransferredEvent e) {
        repository.update(e.employeeId().value(), combine(set("team", e.team()), set("track", e.track()),
                                                          set("level", e.level()),
                                                          set("managerId", e.managerId() == null ? null : e.managerId().value())));
    }

    @EventHandler
    public void on(EmployeePromotedEvent e) {
        repository.update(e.employeeId().value(), combine(set("track", e.track()), set("level", e.toLevel())));
    }

    /** Imported history changes the card only when it is the role held now (no later change is recorded). */
    @EventHandler
    public void on(LevelHistoryImportedEvent e) {
        if (e.current()) {
            repository.update(e.employeeId().value(), combine(set("track", e.track()), set("level", e.level())));
        }
    }

    @EventHandler
    public void on(PromotionHistoryImportedEvent e) {
        if (e.current()) {
            repository.update(e.employeeId().value(), combine(set("track", e.track()), set("level", e.toLevel())));
        }
    }

    @EventHandler
    public void on(EmployeeDepartedEvent e) {
        repository.update(e.employeeId().value(), set("departed", true));
    }

    @EventHandler
    public void on(CourseCompletedEvent e) {
        skillsShown(e.employeeId().value(), e.completionId(), e.skills());
    }

    @EventHandler
    public void on(CourseCompletionRetractedEvent e) {
        repository.update(e.employeeId().value(), unset("skills." + e.completionId()));
    }

    @EventHandler
    public void on(TechTalkGivenEvent e) {
        skillsShown(e.employeeId().value(), e.talkId(), e.skills());
    }

    @EventHandler
    public void on(HackWeekProjectRecordedEvent e) {
        skillsShown(e.employeeId().value(), e.projectId(), e.skills());
    }

    @EventHandler
    public void on(PassionProjectStartedEvent e) {
        skillsShown(e.employeeId().value(), e.projectId(), e.skills());
    }

    @EventHandler
    public void on(MentorMatchedEvent e) {
        repository.update(e.mentorId().value(), set("mentoring." + e.mentorshipId(), e.menteeId().value()));
    }

    @EventHandler
    public void on(MentorshipConcludedEvent e) {
        repository.update(e.mentorId().value(), unset("mentoring." + e.mentorshipId()));
    }

    @EventHandler
    public void on(MentorshipCancelledEvent e) {
        if (e.mentorId() != null) {
            repository.update(e.mentorId().value(), unset("mentoring." + e.mentorshipId()));
        }
    }

    /** Skills as lower-case words, so that "System Design" and "system design" are one skill. */
    private void skillsShown(String employeeId, String factId, List<String> skills) {
        if (skills != null && !skills.isEmpty()) {
            repository.update(employeeId, set("skills." + factId,
                                              skills.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }
}
