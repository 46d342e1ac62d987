package io.careerhistory.query.readiness;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.FeedbackDirection;
import io.careerhistory.events.career.FeedbackReceivedEvent;
import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.query.EmbeddedMongo;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.directory.DirectoryRepository;
import io.careerhistory.query.directory.PeopleNames;
import io.careerhistory.query.framework.FrameworkProjection;
import io.careerhistory.query.framework.FrameworkRepository;
import io.careerhistory.readiness.CriterionResult;
import io.careerhistory.readiness.ReadinessAssessment;
import io.careerhistory.readiness.ReadinessStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessProjectionIT {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final EmployeeId BOB = EmployeeId.of("bob");
    private static final LocalDate TODAY = LocalDate.parse("2024-06-30");

    private EmbeddedMongo mongo;
    private ReadinessProjection projection;
    private FrameworkProjection framework;
    private DirectoryProjection directory;
    private ReadinessService readiness;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        ReadinessRepository facts = new ReadinessRepository(mongo.database());
        FrameworkRepository versions = new FrameworkRepository(mongo.database());
        projection = new ReadinessProjection(facts);
        framework = new FrameworkProjection(versions);
        DirectoryRepository cards = new DirectoryRepository(mongo.database());
        directory = new DirectoryProjection(cards);
        readiness = new ReadinessService(facts, versions, new PeopleNames(cards));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void feed() {
        framework.on(new FrameworkVersionPublishedEvent("career-framework", 1, LocalDate.parse("2020-01-01"), List.of(
                new TrackDefinition("Engineering", List.of(
                        new LevelDefinition("E2", "Engineer", 2, List.of()),
                        new LevelDefinition("E3", "Senior", 3, List.of(
                                new Criterion(CriterionKind.COURSES_COMPLETED, 2, List.of(), "2 courses"),
                                new Criterion(CriterionKind.MONTHS_IN_LEVEL, 12, List.of(), "a year"))),
                        new LevelDefinition("E4", "Staff", 4, List.of()))))));
        career(ADA, new EmployeeHiredEvent(ADA, "Ada", "ada@example.com", "ada", "Engineering", "E2", "Payments", null,
                                           null, null, LocalDate.parse("2023-01-02")), 1);
        career(ADA, completion("c1", "2023-03-01"), 2);
        career(ADA, completion("c2", "2023-04-01"), 3);
        career(ADA, new FeedbackReceivedEvent(ADA, "f1", FeedbackDirection.PEER, BOB, "thanks", TODAY), 4); // not folded
        career(BOB, new EmployeeHiredEvent(BOB, "Bob", "bob@example.com", "bob", "Engineering", "E2", "Search", null,
                                           null, null, LocalDate.parse("2024-01-02")), 5);
        career(BOB, completion("c3", "2024-02-01"), 6);
        career(BOB, new CourseCompletionRetractedEvent(BOB, "c3", "wrong person", TODAY), 7);
        projection.on(new Object(), "Mentorship", "m1", "x", 8); // another aggregate's events are not kept
    }

    private void career(EmployeeId id, Object event, long position) {
        projection.on(event, "EmployeeCareer", id.value(), "e" + position, position);
    }

    private static CourseCompletedEvent completion(String id, String on) {
        return new CourseCompletedEvent(ADA, id, id, "Course " + id, CourseProvider.ACADEMY, List.of(), BigDecimal.ONE,
                                        LocalDate.parse(on), null);
    }

    @Test
    void readinessIsComputedWhenReadWithMonthsInLevelFromTheDateAskedAbout() {
        feed();

        ReadinessAssessment ada = readiness.of("ada", TODAY).orElseThrow();
        assertThat(ada.status()).isEqualTo(ReadinessStatus.READY);
        assertThat(ada.nextLevel()).isEqualTo("E3");
        assertThat(ada.monthsInLevel()).isEqualTo(17);
        assertThat(ada.criteria()).extracting(CriterionResult::met).containsOnly(true);
        assertThat(readiness.of("ada", LocalDate.parse("2023-12-31")).orElseThrow().status())
                .as("eleven months in level").isEqualTo(ReadinessStatus.NOT_READY);
        assertThat(readiness.of("nobody", TODAY)).isEmpty();
    }

    @Test
    void aMentorshipCountedNamesTheMenteeFromTheDirectory() {
        feed();
        framework.on(new FrameworkVersionPublishedEvent("career-framework", 2, LocalDate.parse("2024-01-01"), List.of(
                new TrackDefinition("Engineering", List.of(
                        new LevelDefinition("E2", "Engineer", 2, List.of()),
                        new LevelDefinition("E3", "Senior", 3, List.of(
                                new Criterion(CriterionKind.MENTORING_GIVEN, 1, List.of(), "mentor someone"))))))));
        career(ADA, new MentoringGivenEvent(ADA, "m1", BOB, MentorshipKind.CLASSIC, "pairing",
                                            LocalDate.parse("2024-05-01")), 9);

        assertThat(mentoringEvidence()).isEqualTo("Mentored bob on pairing"); // the directory does not know Bob yet
        directory.on(new EmployeeHiredEvent(BOB, "Bob Kahn", "bob@example.com", "bob", "Engineering", "E2", "Search",
                                            null, null, null, LocalDate.parse("2024-01-02")));
        assertThat(mentoringEvidence()).isEqualTo("Mentored Bob Kahn on pairing");
    }

    private String mentoringEvidence() {
        return readiness.of("ada", TODAY).orElseThrow().criteria().stream()
                        .filter(c -> c.kind() == CriterionKind.MENTORING_GIVEN)
                        .flatMap(c -> c.evidence().stream()).map(CriterionResult.Evidence::title)
                        .findFirst().orElseThrow();
    }

    @Test
    void theListFiltersByStatusTrackAndTeam() {
        feed();

        assertThat(readiness.list(ReadinessStatus.READY, null, null, TODAY)).extracting(ReadinessSummary::employeeId)
                                                                            .containsExactly("ada");
        assertThat(readiness.list(null, "Engineering", "Search", TODAY)).singleElement()
                .satisfies(bob -> assertThat(bob.status()).isEqualTo(ReadinessStatus.NOT_READY));
        assertThat(readiness.list(null, "engineering", "SEARCH", TODAY)).as("in any case")
                .extracting(ReadinessSummary::employeeId).containsExactly("bob");
        assertThat(readiness.list(null, "Design", null, TODAY)).isEmpty();
    }

    @Test
    void aPromotionStartsTheNextLevelsClock() {
        feed();
        career(ADA, new EmployeePromotedEvent(ADA, "case-1", "Engineering", "E2", "E3", LocalDate.parse("2024-06-01")), 9);

        ReadinessAssessment ada = readiness.of("ada", TODAY).orElseThrow();
        assertThat(ada.level()).isEqualTo("E3");
        assertThat(ada.nextLevel()).isEqualTo("E4");
        assertThat(ada.status()).isEqualTo(ReadinessStatus.READY); // E4 asks nothing in this framework
    }

    @Test
    void feedingEveryEventTwiceGivesTheSameView() {
        feed();
        List<ReadinessSummary> once = readiness.list(null, null, null, TODAY);
        ReadinessAssessment adaOnce = readiness.of("ada", TODAY).orElseThrow();
        feed();

        assertThat(readiness.list(null, null, null, TODAY)).isEqualTo(once);
        assertThat(readiness.of("ada", TODAY)).contains(adaOnce);
    }

    @Test
    void aResetEmptiesTheViews() {
        feed();
        projection.reset();
        framework.reset();

        assertThat(readiness.list(null, null, null, TODAY)).isEmpty();
    }
}
