package io.careerhistory.query.search;

import io.careerhistory.events.PersonalData;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.RotationCancelledEvent;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds the search index: people by name and by what they did (the words of their courses, talks, projects, rotations
 * and mentorship requests), and the catalogue of skills, courses, talks, rotation teams and mentorship topics.
 */
@Component
@ProcessingGroup(SearchProjection.PROCESSING_GROUP)
public class SearchProjection {

    public static final String PROCESSING_GROUP = "search";

    private final SearchIndexRepository index;

    public SearchProjection(SearchIndexRepository index) {
        this.index = index;
    }

    /** An erased name replays as a placeholder, which nobody should find people by. */
    @EventHandler
    public void on(EmployeeHiredEvent e) {
        if (!PersonalData.ERASED.equals(e.name())) {
            index.write(index.batch().add("person", e.employeeId().value(), e.name(), e.name()));
        }
    }

    @EventHandler
    public void on(CourseCompletedEvent e) {
        SearchIndexRepository.Batch course = index.batch().add("course", e.courseId(), e.title(),
                                                               e.title() + " " + e.courseId());
        index.write(skills(course, e.skills())
                            .addFact(e.employeeId().value(), e.completionId(),
                                     e.title() + " " + e.courseId() + " " + words(e.skills())));
    }

    /** A retracted completion is no longer something they did; the course stays in the catalogue. */
    @EventHandler
    public void on(CourseCompletionRetractedEvent e) {
        index.removeFact(e.employeeId().value(), e.completionId());
    }

    @EventHandler
    public void on(TechTalkGivenEvent e) {
        index.write(skills(index.batch().add("talk", e.talkId(), e.title(), e.title()), e.skills())
                            .addFact(e.employeeId().value(), e.talkId(),
                                     e.title() + " " + words(e.skills())));
    }

    @EventHandler
    public void on(HackWeekProjectRecordedEvent e) {
        index.write(skills(index.batch(), e.skills())
                            .addFact(e.employeeId().value(), e.projectId(),
                                     e.title() + " " + words(e.skills())));
    }

    @EventHandler
    public void on(PassionProjectStartedEvent e) {
        index.write(skills(index.batch(), e.skills())
                            .addFact(e.employeeId().value(), e.projectId(),
                                     e.title() + " " + words(e.skills())));
    }

    @EventHandler
    public void on(RotationProposedEvent e) {
        index.write(index.batch().add("team", e.hostTeam(), e.hostTeam(), e.hostTeam())
                         .addFact(e.employeeId().value(), e.rotationId(),
                                  e.hostTeam() + " " + e.hostTrack()));
    }

    @EventHandler
    public void on(RotationCancelledEvent e) {
        index.removeFact(e.employeeId().value(), e.rotationId());
    }

    @EventHandler
    public void on(MentorshipRequestedEvent e) {
        index.write(index.batch().add("topic", e.topic(), e.topic(), e.topic())
                         .addFact(e.menteeId().value(), e.mentorshipId(), e.topic()));
    }

    private static String words(List<String> skills) {
        return skills == null ? "" : String.join(" ", skills);
    }

    private static SearchIndexRepository.Batch skills(SearchIndexRepository.Batch batch, List<String> skills) {
        if (skills != null) {
            skills.forEach(skill -> batch.add("skill", skill.strip().toLowerCase(), skill.strip(), skill));
        }
        return batch;
    }

    @ResetHandler
    public void reset() {
        index.deleteAll();
    }
}
