package io.careerhistory.query.mentorship;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.query.EmbeddedMongo;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.directory.DirectoryRepository;
import io.careerhistory.query.framework.FrameworkProjection;
import io.careerhistory.query.framework.FrameworkRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MentorSuggestionsIT {

    private static final LocalDate TODAY = LocalDate.parse("2024-06-30");
    private static final LocalDate HIRED = LocalDate.parse("2022-01-03");

    private EmbeddedMongo mongo;
    private DirectoryProjection directory;
    private FrameworkProjection framework;
    private MentorSuggestions suggestions;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        DirectoryRepository cards = new DirectoryRepository(mongo.database());
        FrameworkRepository versions = new FrameworkRepository(mongo.database());
        directory = new DirectoryProjection(cards);
        framework = new FrameworkProjection(versions);
        suggestions = new MentorSuggestions(cards, versions);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void hire(String id, String track, String level, String team) {
        directory.on(new EmployeeHiredEvent(EmployeeId.of(id), id, id + "@example.com", id, track, level, team, null, null,
                                            null, HIRED));
    }

    private void skill(String id, String factId, String... skills) {
        directory.on(new CourseCompletedEvent(EmployeeId.of(id), factId, factId, factId, CourseProvider.ACADEMY,
                                              List.of(skills), BigDecimal.ONE, HIRED.plusMonths(1), null));
    }

    /**
     * Mentee: Ada, Engineering rank 2, Payments, knows go. Candidates: Grace (rank 4, Search, system design, go),
     * Linus (rank 4, Payments, Design System Design talk, mentors two now), Edsger (rank 4, left), Barbara (rank 1),
     * Ken (rank 3, Product, knew system design until the completion was retracted).
     */
    private void feed() {
        framework.on(new FrameworkVersionPublishedEvent("career-framework", 1, LocalDate.parse("2020-01-01"), List.of(
                track("Engineering", "E"), track("Product", "P"))));
        hire("ada", "Engineering", "E2", "Payments");
        skill("ada", "a1", "Go");
        hire("grace", "Engineering", "E4", "Search");
        skill("grace", "g1", "System Design", "go");
        hire("linus", "Engineering", "E4", "Payments");
        directory.on(new TechTalkGivenEvent(EmployeeId.of("linus"), "t1", "Design at scale", "Tech Talks",
                                            List.of("system design"), HIRED.plusMonths(2)));
        directory.on(new MentorMatchedEvent("m1", EmployeeId.of("x"), EmployeeId.of("linus"), MentorshipKind.CLASSIC, TODAY));
        directory.on(new MentorMatchedEvent("m2", EmployeeId.of("y"), EmployeeId.of("linus"), MentorshipKind.CLASSIC, TODAY));
        directory.on(new MentorMatchedEvent("m3", EmployeeId.of("z"), EmployeeId.of("linus"), MentorshipKind.CLASSIC, TODAY));
        directory.on(new MentorshipConcludedEvent("m3", EmployeeId.of("z"), EmployeeId.of("linus"), MentorshipKind.CLASSIC,
                                                  "x", "a", "b", TODAY));
        hire("edsger", "Engineering", "E4", "Search");
        directory.on(new EmployeeDepartedEvent(EmployeeId.of("edsger"), TODAY.minusDays(1), "left"));
        hire("barbara", "Engineering", "E1", "Search");
        hire("ken", "Product", "P3", "Ads");
        skill("ken", "k1", "system design");
        directory.on(new CourseCompletionRetractedEvent(EmployeeId.of("ken"), "k1", "wrong person", TODAY));
    }

    private static TrackDefinition track(String name, String prefix) {
        return new TrackDefinition(name, IntStream.rangeClosed(1, 5)
                                                  .mapToObj(r -> new LevelDefinition(prefix + r, name + r, r, List.of()))
                                                  .toList());
    }

    @Test
    void classicMentorsRankAboveAndAreOrderedBySkillsLoadAndDifference() {
        feed();

        List<MentorSuggestion> found = suggestions.suggest("ada", "system design", MentorshipKind.CLASSIC, TODAY, 10);

        assertThat(found).extracting(MentorSuggestion::employeeId).containsExactly("grace", "ken", "linus");
        MentorSuggestion grace = found.get(0);
        assertThat(grace.score()).isEqualTo(MentorSuggestions.TOPIC_SKILL + MentorSuggestions.SHARED_SKILL
                                                    + MentorSuggestions.OTHER_TEAM);
        assertThat(grace.reasons()).contains("ranks above: E4 to E2", "knows the topic: system design",
                                             "shares 1 skill: go", "mentors nobody now", "from another team: Search");
        assertThat(found.get(2).reasons()).contains("mentors 2 now");
        assertThat(found.get(1).reasons()).as("a retracted completion shows no skill").noneMatch(r -> r.startsWith("knows"));
    }

    @Test
    void reverseMentorsRankBelow() {
        feed();

        assertThat(suggestions.suggest("grace", null, MentorshipKind.REVERSE, TODAY, 10))
                .extracting(MentorSuggestion::employeeId).containsExactly("ada", "ken", "barbara");
    }

    @Test
    void anUnknownMenteeIsNotFound() {
        feed();

        assertThatThrownBy(() -> suggestions.suggest("nobody", null, MentorshipKind.CLASSIC, TODAY, 10))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void feedingEveryEventTwiceGivesTheSameSuggestions() {
        feed();
        List<MentorSuggestion> once = suggestions.suggest("ada", "system design", MentorshipKind.CLASSIC, TODAY, 10);
        feed();

        assertThat(suggestions.suggest("ada", "system design", MentorshipKind.CLASSIC, TODAY, 10)).isEqualTo(once);
    }
}
