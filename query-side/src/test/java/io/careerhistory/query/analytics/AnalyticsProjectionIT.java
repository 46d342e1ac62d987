package io.careerhistory.query.analytics;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.PersonalDataErasedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsProjectionIT {

    private static final LocalDate HIRED = LocalDate.parse("2022-01-01");

    private EmbeddedMongo mongo;
    private AnalyticsProjection projection;
    private Analytics analytics;
    private final List<Object> fed = new ArrayList<>();

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        AnalyticsRepository repository = new AnalyticsRepository(mongo.database(), "analytics_people");
        projection = new AnalyticsProjection(repository);
        analytics = new Analytics(repository);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void feed(Object event) {
        fed.add(event);
        apply(event);
    }

    private void apply(Object event) {
        if (event instanceof EmployeeHiredEvent e) projection.on(e);
        else if (event instanceof EmployeeTransferredEvent e) projection.on(e);
        else if (event instanceof EmployeePromotedEvent e) projection.on(e);
        else if (event instanceof CourseCompletedEvent e) projection.on(e);
        else if (event instanceof CourseCompletionRetractedEvent e) projection.on(e);
        else if (event instanceof MentorMatchedEvent e) projection.on(e);
        else if (event instanceof RotationStartedEvent e) projection.on(e);
        else if (event instanceof PromotionDecidedEvent e) projection.on(e);
        else if (event instanceof PersonalDataErasedEvent e) projection.on(e);
        else throw new IllegalArgumentException(event.toString());
    }

    private void hire(String id, String team, String group) {
        feed(new EmployeeHiredEvent(EmployeeId.of(id), "Name " + id, id + "@example.com", id, "Engineering", "E2", team,
                                    null, null, group, HIRED));
    }

    private void promote(String id, String caseId, String from, String to, LocalDate on) {
        feed(new PromotionDecidedEvent(caseId, EmployeeId.of(id), EmployeeId.of("chair"), PromotionOutcome.APPROVED, "ok",
                                       "Engineering", from, to, on));
        feed(new EmployeePromotedEvent(EmployeeId.of(id), caseId, "Engineering", from, to, on));
    }

    private void reject(String id, String caseId, LocalDate on) {
        feed(new PromotionDecidedEvent(caseId, EmployeeId.of(id), EmployeeId.of("chair"), PromotionOutcome.REJECTED, "not yet",
                                       "Engineering", "E2", "E3", on));
    }

    private void complete(String id, String completionId, String on, int hours) {
        feed(new CourseCompletedEvent(EmployeeId.of(id), completionId, "c-" + completionId, "Course", CourseProvider.ACADEMY,
                                      List.of(), BigDecimal.valueOf(hours), LocalDate.parse(on), null));
    }

    /** Ada: mentored, promoted after 12 then 6 months. Bob: rotated, promoted after 18. Cy: neither, never promoted. */
    private void history() {
        hire("ada", "Payments", null);
        hire("bob", "Search", null);
        hire("cy", "Search", null);
        feed(new MentorMatchedEvent("m1", EmployeeId.of("ada"), EmployeeId.of("lead"), MentorshipKind.CLASSIC, HIRED.plusMonths(1)));
        feed(new RotationStartedEvent(EmployeeId.of("bob"), "r1", HIRED.plusMonths(2)));
        promote("ada", "case-a1", "E2", "E3", HIRED.plusMonths(12));
        promote("ada", "case-a2", "E3", "E4", HIRED.plusMonths(18));
        promote("bob", "case-b1", "E2", "E3", HIRED.plusMonths(18));
        complete("ada", "k1", "2024-02-10", 6);
        complete("cy", "k2", "2024-02-20", 4);
        complete("cy", "k3", "2024-05-01", 8);
        feed(new EmployeeTransferredEvent(EmployeeId.of("cy"), "Payments", null, null, "Engineering", "E2",
                                          LocalDate.parse("2024-06-01")));
        complete("cy", "k4", "2024-07-01", 3);
        complete("cy", "k5", "2024-07-02", 99);
        feed(new CourseCompletionRetractedEvent(EmployeeId.of("cy"), "k5", "wrong person", LocalDate.parse("2024-07-03")));
    }

    @Test
    void promotionVelocityIsTheMonthsInTheLevelLeftByTrackAndLevel() {
        history();

        assertThat(analytics.promotionVelocity(null)).containsExactly(
                new Analytics.Velocity("Engineering", "E2", 2, 15.0, 15.0, 12, 18),
                new Analytics.Velocity("Engineering", "E3", 1, 6.0, 6.0, 6, 6));
    }

    @Test
    void peopleWithAMentorshipOrARotationAreComparedWithThoseWithout() {
        history();

        List<Analytics.ProgramOutcome> outcomes = analytics.programOutcomes(null);
        assertThat(outcomes.get(0)).isEqualTo(new Analytics.ProgramOutcome(
                "mentorship", new Analytics.Cohort(1, 1, 1.0, 12.0), new Analytics.Cohort(2, 1, 0.5, 18.0)));
        assertThat(outcomes.get(1)).isEqualTo(new Analytics.ProgramOutcome(
                "rotation", new Analytics.Cohort(1, 1, 1.0, 18.0), new Analytics.Cohort(2, 1, 0.5, 12.0)));
    }

    @Test
    void learningHoursAreByQuarterAndTheTeamOfTheTimeWithoutRetractedCompletions() {
        history();

        assertThat(analytics.learningHours(null)).containsExactly(
                new Analytics.LearningHours("2024-Q1", "Payments", 1, 6.0),
                new Analytics.LearningHours("2024-Q1", "Search", 1, 4.0),
                new Analytics.LearningHours("2024-Q2", "Search", 1, 8.0),
                new Analytics.LearningHours("2024-Q3", "Payments", 1, 3.0));
    }

    @Test
    void eachFigureIsAsItStoodOnABusinessDate() {
        history();
        LocalDate afterAdasFirstPromotion = LocalDate.parse("2023-03-31");

        assertThat(analytics.promotionVelocity(afterAdasFirstPromotion)).containsExactly(
                new Analytics.Velocity("Engineering", "E2", 1, 12.0, 12.0, 12, 12));
        assertThat(analytics.programOutcomes(afterAdasFirstPromotion)).containsExactly(
                new Analytics.ProgramOutcome("mentorship", new Analytics.Cohort(1, 1, 1.0, 12.0),
                                             new Analytics.Cohort(2, 0, 0.0, null)),
                new Analytics.ProgramOutcome("rotation", new Analytics.Cohort(1, 0, 0.0, null),
                                             new Analytics.Cohort(2, 1, 0.5, 12.0)));
        assertThat(analytics.programOutcomes(HIRED.plusDays(40)).get(1).with().people())
                .as("Bob's rotation had not started").isZero();
        assertThat(analytics.programOutcomes(HIRED.minusDays(1)).get(0).without().people()).as("nobody hired yet").isZero();
        assertThat(analytics.learningHours(LocalDate.parse("2024-03-31"))).containsExactly(
                new Analytics.LearningHours("2024-Q1", "Payments", 1, 6.0),
                new Analytics.LearningHours("2024-Q1", "Search", 1, 4.0));
        assertThat(analytics.promotionVelocity(HIRED)).isEmpty();
    }

    @Test
    void adverseImpactShowsOnlyGroupsOfFiveOrMoreAndFlagsRatiosUnderFourFifths() {
        for (int i = 0; i < 5; i++) {
            hire("a" + i, "Payments", "group-a");
            promote("a" + i, "ca" + i, "E2", "E3", HIRED.plusMonths(12)); // 5 of 5 approved
            hire("b" + i, "Payments", "group-b");
            if (i < 3) {
                promote("b" + i, "cb" + i, "E2", "E3", HIRED.plusMonths(12)); // 3 of 5 approved
            } else {
                reject("b" + i, "cb" + i, HIRED.plusMonths(12));
            }
        }
        for (int i = 0; i < 4; i++) {
            hire("c" + i, "Payments", "group-c"); // four decisions: too few to show
            reject("c" + i, "cc" + i, HIRED.plusMonths(12));
        }
        hire("n0", "Payments", null);
        reject("n0", "cn0", HIRED.plusMonths(12));

        Analytics.AdverseImpact impact = analytics.adverseImpact(null);
        assertThat(impact.groups()).containsExactly(new Analytics.GroupRate("group-a", 5, 5, 1.0, 1.0, false),
                                                    new Analytics.GroupRate("group-b", 5, 3, 0.6, 0.6, true));
        assertThat(impact.suppressedGroups()).isEqualTo(1);
        assertThat(impact.suppressedDecisions()).isEqualTo(4);
        assertThat(impact.decisionsWithoutGroup()).isEqualTo(1);
        assertThat(impact.toString()).doesNotContain("group-c");

        Analytics.AdverseImpact before = analytics.adverseImpact(HIRED.plusMonths(12).minusDays(1));
        assertThat(before.groups()).isEmpty();
        assertThat(before.suppressedDecisions() + before.decisionsWithoutGroup()).as("no decision yet").isZero();
        assertThat(analytics.adverseImpact(HIRED.plusMonths(12))).isEqualTo(impact);

        feed(new PersonalDataErasedEvent(EmployeeId.of("b0"), LocalDate.parse("2026-11-26")));
        assertThat(analytics.adverseImpact(null).groups()).extracting(Analytics.GroupRate::group).containsExactly("group-a");
    }

    @Test
    void feedingEveryEventTwiceGivesTheSameAnalytics() {
        history();
        List<Object> once = List.of(analytics.promotionVelocity(null), analytics.programOutcomes(null), analytics.learningHours(null),
                                    analytics.adverseImpact(null));

        List.copyOf(fed).forEach(this::apply);

        assertThat(List.of(analytics.promotionVelocity(null), analytics.programOutcomes(null), analytics.learningHours(null),
                           analytics.adverseImpact(null))).isEqualTo(once);
    }
}
