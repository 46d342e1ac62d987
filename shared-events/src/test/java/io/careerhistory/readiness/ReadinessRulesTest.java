package io.careerhistory.readiness;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.DevelopmentGoalAchievedEvent;
import io.careerhistory.events.career.DevelopmentGoalProposedEvent;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.GoalCategory;
import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.career.PlanParty;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationOutcome;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import io.careerhistory.events.mentorship.MentorshipKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessRulesTest {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final LocalDate HIRED = LocalDate.parse("2023-01-10");
    private static final LocalDate ASKED = LocalDate.parse("2024-06-30");

    private static final FrameworkVersionPublishedEvent FRAMEWORK = new FrameworkVersionPublishedEvent(
            "career-framework", 3, LocalDate.parse("2022-01-01"),
            List.of(new TrackDefinition("Engineering", List.of(
                    level("E1", 1),
                    level("E2", 2, criterion(CriterionKind.COURSES_COMPLETED, 2),
                          criterion(CriterionKind.MONTHS_IN_LEVEL, 12),
                          new Criterion(CriterionKind.SKILLS, 1, List.of("System Design"), "system design shown"),
                          criterion(CriterionKind.TECH_TALKS, 1), criterion(CriterionKind.GOALS_ACHIEVED, 1),
                          criterion(CriterionKind.ROTATIONS_COMPLETED, 1), criterion(CriterionKind.MENTORING_GIVEN, 1),
                          criterion(CriterionKind.PROMOTION_REVIEWS, 2)),
                    level("E3", 3)))));

    private final List<Object> events = new ArrayList<>(List.of(hired("E1")));

    @Test
    void anEmployeeWhoseCareerShowsEveryCriterionIsReadyWithTheFactsThatMeetEach() {
        events.addAll(everythingE2Needs());

        ReadinessAssessment assessment = assess(ASKED);

        assertThat(assessment.status()).isEqualTo(ReadinessStatus.READY);
        assertThat(assessment.nextLevel()).isEqualTo("E2");
        assertThat(assessment.reviewsRequired()).isEqualTo(2);
        assertThat(assessment.monthsInLevel()).isEqualTo(17);
        assertThat(assessment.frameworkVersion()).isEqualTo(3);
        assertThat(assessment.rulesVersion()).isEqualTo(ReadinessRules.VERSION);
        assertThat(assessment.criteria()).extracting(CriterionResult::kind)
                                         .doesNotContain(CriterionKind.PROMOTION_REVIEWS)
                                         .hasSize(7);
        assertThat(result(assessment, CriterionKind.COURSES_COMPLETED).evidence())
                .extracting(CriterionResult.Evidence::id).containsExactly("c1", "c2");
        assertThat(result(assessment, CriterionKind.SKILLS).evidence())
                .extracting(CriterionResult.Evidence::id).containsExactly("talk-1");
        assertThat(result(assessment, CriterionKind.GOALS_ACHIEVED).evidence())
                .extracting(CriterionResult.Evidence::title).containsExactly("Lead a design review");
    }

    @Test
    void anUnmetCriterionKeepsTheEmployeeNotReadyAndSaysHowFarTheyAre() {
        events.addAll(everythingE2Needs());
        events.add(new CourseCompletionRetractedEvent(ADA, "c2", "recorded for the wrong person", ASKED));

        ReadinessAssessment assessment = assess(ASKED);

        assertThat(assessment.status()).isEqualTo(ReadinessStatus.NOT_READY);
        CriterionResult courses = result(assessment, CriterionKind.COURSES_COMPLETED);
        assertThat(courses.met()).isFalse();
        assertThat(courses.actual()).isEqualTo(1);
        assertThat(courses.minimum()).isEqualTo(2);
    }

    @Test
    void factsDatedAfterTheDayAskedAboutDoNotCount() {
        events.addAll(everythingE2Needs());

        ReadinessAssessment earlier = assess(LocalDate.parse("2024-02-15"));

        assertThat(earlier.status()).isEqualTo(ReadinessStatus.NOT_READY);
        assertThat(result(earlier, CriterionKind.MENTORING_GIVEN).met()).isFalse(); // concluded in March
        assertThat(result(earlier, CriterionKind.MONTHS_IN_LEVEL).actual()).isEqualTo(13);
    }

    @Test
    void monthsInLevelCountFromTheLastPromotion() {
        events.add(new EmployeePromotedEvent(ADA, "case-1", "Engineering", "E1", "E2", LocalDate.parse("2024-01-01")));

        ReadinessAssessment assessment = assess(ASKED);

        assertThat(assessment.level()).isEqualTo("E2");
        assertThat(assessment.levelSince()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(assessment.monthsInLevel()).isEqualTo(5);
        assertThat(assessment.nextLevel()).isEqualTo("E3");
    }

    @Test
    void theHighestLevelOfATrackHasNothingAboveIt() {
        events.set(0, hired("E3"));

        assertThat(assess(ASKED).status()).isEqualTo(ReadinessStatus.TOP_OF_TRACK);
    }

    @Test
    void aLevelTheFrameworkDoesNotKnowCannotBeMeasured() {
        events.set(0, hired("X9"));

        assertThat(assess(ASKED).status()).isEqualTo(ReadinessStatus.LEVEL_NOT_IN_FRAMEWORK);
    }

    @Test
    void nobodyIsMeasuredBeforeTheirHireOrAfterTheirDeparture() {
        events.add(new EmployeeDepartedEvent(ADA, LocalDate.parse("2024-03-01"), "left"));

        assertThat(assess(HIRED.minusDays(1)).status()).isEqualTo(ReadinessStatus.NOT_EMPLOYED);
        assertThat(assess(ASKED).status()).isEqualTo(ReadinessStatus.NOT_EMPLOYED);
        assertThat(assess(LocalDate.parse("2024-02-29")).status()).isEqualTo(ReadinessStatus.NOT_READY);
    }

    @Test
    void withoutAFrameworkInForceThereIsNothingToMeasureAgainst() {
        assertThat(ReadinessRules.assess(null, CareerFacts.of(events), ASKED).status())
                .isEqualTo(ReadinessStatus.NO_FRAMEWORK);
    }

    @Test
    void theSameInputsGiveTheSameHashAndAnyChangedFactChangesIt() {
        events.addAll(everythingE2Needs());
        String hash = CanonicalJson.sha256(assess(ASKED));

        assertThat(CanonicalJson.sha256(assess(ASKED))).isEqualTo(hash).hasSize(64);
        events.add(new TechTalkGivenEvent(ADA, "talk-2", "Another talk", "Tech Talks", List.of(), ASKED));
        assertThat(CanonicalJson.sha256(assess(ASKED))).isNotEqualTo(hash);
    }

    @Test
    void theVersionInForceIsTheLatestEffectiveOnOrBeforeTheDate() {
        FrameworkVersions versions = FrameworkVersions.of(List.of(version(1, "2020-01-01"), version(2, "2024-07-01")));

        assertThat(versions.inForceOn(LocalDate.parse("2019-12-31"))).isEmpty();
        assertThat(versions.inForceOn(LocalDate.parse("2024-06-30"))).get().extracting(v -> v.version()).isEqualTo(1);
        assertThat(versions.inForceOn(LocalDate.parse("2024-07-01"))).get().extracting(v -> v.version()).isEqualTo(2);
    }

    private ReadinessAssessment assess(LocalDate on) {
        return ReadinessRules.assess(FRAMEWORK, CareerFacts.of(events), on);
    }

    private static List<Object> everythingE2Needs() {
        return List.of(
                completion("c1", "2023-03-01"),
                completion("c2", "2023-04-01"),
                new TechTalkGivenEvent(ADA, "talk-1", "Designing for failure", "Tech Talks", List.of("system design"),
                                       LocalDate.parse("2023-05-01")),
                new DevelopmentGoalProposedEvent(ADA, "g1", "Lead a design review", GoalCategory.TECHNICAL,
                                                 LocalDate.parse("2023-12-31"), PlanParty.EMPLOYEE,
                                                 LocalDate.parse("2023-02-01")),
                new DevelopmentGoalAchievedEvent(ADA, "g1", LocalDate.parse("2023-10-01")),
                new RotationProposedEvent(ADA, "r1", "Search", "Engineering", LocalDate.parse("2023-06-01"),
                                          LocalDate.parse("2023-09-01"), LocalDate.parse("2023-05-15")),
                new RotationCompletedEvent(ADA, "r1", RotationOutcome.RETURNED, LocalDate.parse("2023-09-01")),
                new MentoringGivenEvent(ADA, "m1", EmployeeId.of("bob"), MentorshipKind.CLASSIC, "testing",
                                        LocalDate.parse("2024-03-01")));
    }

    private static CourseCompletedEvent completion(String id, String on) {
        return new CourseCompletedEvent(ADA, id, "course-" + id, "Course " + id, CourseProvider.ACADEMY, List.of(),
                                        BigDecimal.TEN, LocalDate.parse(on), null);
    }

    private static EmployeeHiredEvent hired(String level) {
        return new EmployeeHiredEvent(ADA, "Ada", "ada@example.com", "ada", "Engineering", level, "Payments", "Fintech",
                                      null, null, HIRED);
    }

    private static CriterionResult result(ReadinessAssessment assessment, CriterionKind kind) {
        return assessment.criteria().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static LevelDefinition level(String code, int rank, Criterion... criteria) {
        return new LevelDefinition(code, code, rank, List.of(criteria));
    }

    private static Criterion criterion(CriterionKind kind, int minimum) {
        return new Criterion(kind, minimum, List.of(), minimum + " " + kind);
    }

    private static FrameworkVersionPublishedEvent version(int number, String effectiveFrom) {
        return new FrameworkVersionPublishedEvent("career-framework", number, LocalDate.parse(effectiveFrom),
                                                  FRAMEWORK.tracks());
    }
}
