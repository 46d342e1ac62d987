package io.careerhistory.query.search;

import io.careerhistory.events.PersonalData;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** Feeds the search index: people by name, skills, courses, talks, rotation teams and mentorship topics. */
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
            index.add("person", e.employeeId().value(), e.name(), e.name());
        }
    }

    @EventHandler
    public void on(CourseCompletedEvent e) {
        index.add("course", e.courseId(), e.title(), e.title() + " " + e.courseId());
        skills(e.skills());
    }

    @EventHandler
    public void on(TechTalkGivenEvent e) {
        index.add("talk", e.talkId(), e.title(), e.title());
        skills(e.skills());
    }

    @EventHandler
    public void on(HackWeekProjectRecordedEvent e) {
        skills(e.skills());
    }

    @EventHandler
    public void on(PassionProjectStartedEvent e) {
        skills(e.skills());
    }

    @EventHandler
    public void on(RotationProposedEvent e) {
        index.add("team", e.hostTeam(), e.hostTeam(), e.hostTeam());
    }

    @EventHandler
    public void on(MentorshipRequestedEvent e) {
        index.add("topic", e.topic(), e.topic(), e.topic());
    }

    private void skills(List<String> skills) {
        if (skills != null) {
            skills.forEach(skill -> index.add("skill", skill.strip().toLowerCase(), skill.strip(), skill));
        }
    }

    @ResetHandler
    public void reset() {
        index.deleteAll();
    }
}
