package io.careerhistory.query.timeline;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.DevelopmentGoalAchievedEvent;
import io.careerhistory.events.career.DevelopmentGoalAgreedEvent;
import io.careerhistory.events.career.DevelopmentGoalProgressNotedEvent;
import io.careerhistory.events.career.DevelopmentGoalProposedEvent;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.PersonalDataErasedEvent;
import io.careerhistory.events.career.FeedbackDirection;
import io.careerhistory.events.career.FeedbackReceivedEvent;
import io.careerhistory.events.career.GoalCategory;
import io.careerhistory.events.career.HackWeekOutcome;
import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.LearningPodJoinedEvent;
import io.careerhistory.events.career.LearningPodLeftEvent;
import io.careerhistory.events.career.PassionProjectShippedEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.PlanParty;
import io.careerhistory.events.career.RetroTakeawayRecordedEvent;
import io.careerhistory.events.career.ReviewCompletedEvent;
import io.careerhistory.events.career.RotationApprovedEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationExtendedEvent;
import io.careerhistory.events.career.RotationOutcome;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncementOptedInEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionNominatedEvent;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.events.mentorship.MentorshipCancelledEvent;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import io.careerhistory.events.mentorship.MentorshipGoalAchievedEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import io.careerhistory.events.mentorship.MentorshipSessionLoggedEvent;
import io.careerhistory.events.PersonalData;
import io.careerhistory.query.EmbeddedMongo;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.directory.DirectoryRepository;
import io.careerhistory.query.directory.PeopleNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.careerhistory.query.timeline.TimelineKind.GOAL_ACHIEVED;
import static io.careerhistory.query.timeline.TimelineKind.GOAL_AGREED;
import static io.careerhistory.query.timeline.TimelineKind.GOAL_PROGRESS;
import static io.careerhistory.query.timeline.TimelineKind.HIRED;
import static io.careerhistory.query.timeline.TimelineKind.PASSION_PROJECT_SHIPPED;
import static io.careerhistory.query.timeline.TimelineKind.PERSONAL_DATA_ERASED;
import static io.careerhistory.query.timeline.TimelineKind.PROMOTED;
import static io.careerhistory.query.timeline.TimelineKind.TRANSFERRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineProjectionIT {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final EmployeeId BOB = EmployeeId.of("bob");

    private EmbeddedMongo mongo;
    private TimelineProjection projection;
    private KnowledgeSharingTimelineProjection sharing;
    private DevelopmentPlanTimelineProjection plan;
    private FeedbackTimelineProjection feedback;
    private RotationTimelineProjection rotations;
    private MentorshipTimelineProjection mentorships;
    private PromotionTimelineProjection promotions;
    private DirectoryProjection directory;
    private TimelineQueryHandler queries;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        TimelineRepository repository = new TimelineRepository(mongo.database());
        projection = new TimelineProjection(repository);
        sharing = new KnowledgeSharingTimelineProjection(repository);
        plan = new DevelopmentPlanTimelineProjection(repository);
        feedback = new FeedbackTimelineProjection(repository);
        rotations = new RotationTimelineProjection(repository);
        mentorships = new MentorshipTimelineProjection(repository);
        promotions = new PromotionTimelineProjection(repository);
        DirectoryRepository cards = new DirectoryRepository(mongo.database());
        directory = new DirectoryProjection(cards);
        queries = new TimelineQueryHandler(repository, new TimelineNaming(new PeopleNames(cards)));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void feedHistory() {
        projection.on(new EmployeeHiredEvent(ADA, "Ada", "ada@example.com", "ada", "Engineering", "E3", "Payments",
                                             "Fintech", EmployeeId.of("boss"), null, LocalDate.parse("2023-02-01")), "e0", 0);
        projection.on(completion("k8s", LocalDate.parse("2024-03-05")), "e1", 1);
        projection.on(completion("go", LocalDate.parse("2023-06-01")), "e2", 2);
        projection.on(completion("rust", LocalDate.parse("2023-06-01")), "e3", 3);
    }

    /** A transfer to Product, the k8s completion retracted, then a departure. */
    private void feedLaterHistory() {
        projection.on(new EmployeeTransferredEvent(ADA, "Checkout", "Fintech", EmployeeId.of("pm-lead"), "Product", "P3",
                                                   LocalDate.parse("2024-04-01")), "e4", 4);
        projection.on(new CourseCompletionRetractedEvent(ADA, "c-k8s", "recorded for the wrong person",
                                                         LocalDate.parse("2024-04-02")), "e5", 5);
        projection.on(new EmployeeDepartedEvent(ADA, LocalDate.parse("2024-05-01"), null), "e6", 6);
    }

    /** A talk, a pod joined, left and joined again, a hack-week project, a passion project started and shipped. */
    private void feedKnowledgeSharing() {
        LocalDate day = LocalDate.parse("2024-06-01");
        sharing.on(new TechTalkGivenEvent(ADA, "t1", "Event sourcing", "Tech Talks", List.of("axon"), day), "s1", 10);
        sharing.on(new LearningPodJoinedEvent(ADA, "rust", "Rustaceans", "Rust", day), "s2", 11);
        sharing.on(new LearningPodLeftEvent(ADA, "rust", day.plusMonths(1)), "s3", 12);
        sharing.on(new LearningPodJoinedEvent(ADA, "rust", "Rustaceans", "Rust", day.plusMonths(6)), "s4", 13);
        sharing.on(new HackWeekProjectRecordedEvent(ADA, "h1", "2024-spring", "Playlist radio", HackWeekOutcome.SHIPPED,
                                                    List.of("ml"), day), "s5", 14);
        sharing.on(new PassionProjectStartedEvent(ADA, "p1", "Accessible charts", List.of("a11y"), day), "s6", 15);
        sharing.on(new PassionProjectShippedEvent(ADA, "p1", "used by three squads", day.plusMonths(2)), "s7", 16);
    }

    /** A goal proposed by the employee, agreed by the manager, worked on and achieved. */
    private void feedDevelopmentPlan() {
        LocalDate day = LocalDate.parse("2024-07-01");
        plan.on(new DevelopmentGoalProposedEvent(ADA, "g1", "Lead a design review", GoalCategory.LEADERSHIP,
                                                 day.plusMonths(6), PlanParty.EMPLOYEE, day), "d1", 20);
        plan.on(new DevelopmentGoalAgreedEvent(ADA, "g1", PlanParty.MANAGER, day.plusDays(1)), "d2", 21);
        plan.on(new DevelopmentGoalProgressNotedEvent(ADA, "g1", "first review done", day.plusMonths(1)), "d3", 22);
        plan.on(new DevelopmentGoalAchievedEvent(ADA, "g1", day.plusMonths(2)), "d4", 23);
    }

    private void feedFeedback() {
        LocalDate day = LocalDate.parse("2024-08-01");
        feedback.on(new FeedbackReceivedEvent(ADA, "f1", FeedbackDirection.UPWARD, EmployeeId.of("report"), "clear goals",
                                              day), "f1", 30);
        feedback.on(new ReviewCompletedEvent(ADA, "r1", "2024-H1", "grew", EmployeeId.of("boss"), "more scope", day),
                    "f2", 31);
        feedback.on(new RetroTakeawayRecordedEvent(ADA, "t1", "Q1 retro", "ship smaller", day), "f3", 32);
    }

    /** A rotation into Design Systems: proposed, approved, started, extended and returned. */
    private void feedRotation() {
        LocalDate day = LocalDate.parse("2024-09-01");
        rotations.on(new RotationProposedEvent(ADA, "r1", "Design Systems", "Design", day, day.plusMonths(3), day), "r1", 40);
        rotations.on(new RotationApprovedEvent(ADA, "r1", EmployeeId.of("design-lead"), day.plusDays(1)), "r2", 41);
        rotations.on(new RotationStartedEvent(ADA, "r1", day.plusDays(2)), "r3", 42);
        rotations.on(new RotationExtendedEvent(ADA, "r1", day.plusMonths(4), day.plusMonths(1)), "r4", 43);
        rotations.on(new RotationCompletedEvent(ADA, "r1", RotationOutcome.RETURNED, day.plusMonths(4)), "r5", 44);
    }

    /** Ada mentored by Bob to a conclusion (and the credit to Bob's career); Ada's reverse mentoring of Bob cancelled. */
    private void feedMentorships() {
        LocalDate day = LocalDate.parse("2024-10-01");
        mentorships.on(new MentorshipRequestedEvent("m1", ADA, MentorshipKind.CLASSIC, "system design",
                                                    List.of("write an RFC"), day), "m1", 0);
        mentorships.on(new MentorMatchedEvent("m1", ADA, BOB, MentorshipKind.CLASSIC, day.plusDays(1)), "m2", 1);
        mentorships.on(new MentorshipSessionLoggedEvent("m1", ADA, BOB, "s1", 45, null, day.plusDays(8)), "m3", 2);
        mentorships.on(new MentorshipGoalAchievedEvent("m1", ADA, BOB, "write an RFC", day.plusMonths(1)), "m4", 3);
        mentorships.on(new MentorshipConcludedEvent("m1", ADA, BOB, MentorshipKind.CLASSIC, "system design", "thanks",
                                                    "well done", day.plusMonths(2)), "m5", 4);
        mentorships.on(new MentoringGivenEvent(BOB, "m1", ADA, MentorshipKind.CLASSIC, "system design",
                                               day.plusMonths(2)), "m6", 50);
        mentorships.on(new MentorshipRequestedEvent("m2", BOB, MentorshipKind.REVERSE, "rust", List.of("read Rust"),
                                                    day), "n1", 0);
        mentorships.on(new MentorMatchedEvent("m2", BOB, ADA, MentorshipKind.REVERSE, day.plusDays(2)), "n2", 1);
        mentorships.on(new MentorshipCancelledEvent("m2", BOB, ADA, "moved teams", day.plusDays(20)), "n3", 2);
    }

    @Test
    void importedHistoryTakesItsPlaceByDateAsRecordedFromImportAndNeverAsADecisionMadeHere() {
        ImportedHistoryTimelineProjection imported = new ImportedHistoryTimelineProjection(
                new TimelineRepository(mongo.database()));
        projection.on(new EmployeeHiredEvent(ADA, "Ada", "ada@example.com", "ada", "Engineering", "E1", "Payments", null,
                                             null, null, LocalDate.parse("2016-04-01")), "h", 0);
        imported.on(new PromotionHistoryImportedEvent(ADA, "Engineering", "E2", "E3", LocalDate.parse("2021-04-01"),
                                                      "workday", true), "i2", 2);
        imported.on(new LevelHistoryImportedEvent(ADA, "Engineering", "E2", LocalDate.parse("2018-01-01"), "workday",
                                                  false), "i1", 1);

        List<TimelineEntry> entries = page(Set.of(), null, 50).entries();
        assertThat(entries).extracting(TimelineEntry::kind).containsExactly("HIRED", "LEVEL_IMPORTED", "PROMOTION_IMPORTED");
        TimelineEntry promotion = entry("i2");
        assertThat(promotion.title()).isEqualTo("Promoted to Engineering E3 (recorded from import: workday)");
        assertThat(promotion.details()).containsEntry("recordedFrom", "import").containsEntry("source", "workday")
                                       .containsEntry("fromLevel", "E2");
        assertThat(promotion.refs()).doesNotContainKey("caseId");
        assertThat(page(Set.of(PROMOTED), null, 50).entries()).isEmpty();
    }

    /** Ada nominated to E4, approved, promoted and celebrated. */
    private void feedPromotion() {
        LocalDate day = LocalDate.parse("2024-11-01");
        promotions.on(new PromotionNominatedEvent("case-1", ADA, "Engineering", "E3", "E4", null, 1, 2,
                                                  EmployeeId.of("boss"), "leads the redesign", day), "p1", 0);
        promotions.on(new PromotionDecidedEvent("case-1", ADA, EmployeeId.of("chair"), PromotionOutcome.APPROVED,
                                                "meets every criterion", "Engineering", "E3", "E4", day.plusDays(20)),
                      "p2", 4);
        promotions.on(new EmployeePromotedEvent(ADA, "case-1", "Engineering", "E3", "E4", day.plusDays(20)), "p3", 60);
        promotions.on(new PromotionAnnouncementOptedInEvent("case-1", ADA, day.plusDays(20)), "p5", 61);
        promotions.on(new PromotionAnnouncedEvent("case-1", ADA, "Congratulations!", day.plusDays(21)), "p4", 6);
    }

    private TimelineEntry entry(String eventId) {
        return entry("ada", eventId);
    }

    private TimelineEntry entry(String employeeId, String eventId) {
        return queries.find(new FindTimelineQuery(employeeId, Set.of(), null, null, null, 500)).orElseThrow()
                      .entries().stream().filter(e -> e.eventId().equals(eventId)).findFirst().orElseThrow();
    }

    private static CourseCompletedEvent completion(String course, LocalDate on) {
        return new CourseCompletedEvent(ADA, "c-" + course, course, "Course " + course, CourseProvider.WORKSHOP,
                                        List.of("skill"), BigDecimal.ONE, on, null);
    }

    private TimelinePage page(Set<TimelineKind> kinds, String cursor, int limit) {
        return queries.find(new FindTimelineQuery("ada", kinds, null, null, cursor, limit)).orElseThrow();
    }

    @Test
    void showsWhenThePersonalDataWasErased() {
        feedHistory();
        projection.on(new PersonalDataErasedEvent(ADA, LocalDate.parse("2026-11-26")), "e9", 9);

        TimelineEntry erased = page(Set.of(PERSONAL_DATA_ERASED), null, 50).entries().get(0);
        assertThat(erased.title()).isEqualTo("Personal data erased");
        assertThat(erased.occurredOn()).isEqualTo(LocalDate.parse("2026-11-26"));
    }

    @Test
    void ordersEntriesByBusinessDateThenByRecordingOrder() {
        feedHistory();

        assertThat(page(Set.of(), null, 50).entries()).extracting(TimelineEntry::eventId)
                                                      .containsExactly("e0", "e2", "e3", "e1");
        TimelineEntry hire = page(Set.of(HIRED), null, 50).entries().get(0);
        assertThat(hire.refs()).containsEntry("managerId", "boss");
        assertThat(hire.title()).isEqualTo("Joined Payments as Engineering E3");
    }

    @Test
    void showsTransfersDeparturesAndRetractionsAndMarksTheRetractedCompletion() {
        feedHistory();
        feedLaterHistory();

        List<TimelineEntry> entries = page(Set.of(), null, 50).entries();
        assertThat(entries).extracting(TimelineEntry::kind).endsWith("TRANSFERRED", "COMPLETION_RETRACTED", "DEPARTED");
        TimelineEntry transfer = page(Set.of(TRANSFERRED), null, 50).entries().get(0);
        assertThat(transfer.title()).isEqualTo("Moved to Checkout as Product P3");
        assertThat(transfer.refs()).containsEntry("managerId", "pm-lead");
        TimelineEntry k8s = entries.stream().filter(e -> e.eventId().equals("e1")).findFirst().orElseThrow();
        assertThat(k8s.details()).containsEntry("retractedOn", "2024-04-02")
                                 .containsEntry("retractionReason", "recorded for the wrong person");
        assertThat(entries.stream().filter(e -> e.eventId().equals("e2")).findFirst().orElseThrow().details())
                .doesNotContainKey("retractedOn");
    }

    @Test
    void showsKnowledgeSharingAndMarksWhatEnded() {
        feedHistory();
        feedKnowledgeSharing();

        assertThat(entry("s1").title()).isEqualTo("Gave the talk Event sourcing");
        assertThat(entry("s2").details()).containsEntry("leftOn", "2024-07-01");
        assertThat(entry("s4").details()).as("the pod joined again is still open").doesNotContainKey("leftOn");
        assertThat(entry("s5").details()).containsEntry("outcome", "SHIPPED");
        assertThat(entry("s6").details()).containsEntry("status", "SHIPPED");
        // a later step names what it concerns
        assertThat(entry("s3").title()).isEqualTo("Left a learning pod: Rustaceans");
        assertThat(entry("s7").title()).isEqualTo("Shipped a passion project: Accessible charts");
        assertThat(page(Set.of(PASSION_PROJECT_SHIPPED), null, 50).entries()).hasSize(1);
    }

    @Test
    void showsEachStepOfAGoalAndItsStatusOnTheProposal() {
        feedHistory();
        feedDevelopmentPlan();

        assertThat(entry("d1").title()).isEqualTo("Goal proposed: Lead a design review");
        assertThat(entry("d1").details()).containsEntry("status", "ACHIEVED").containsEntry("proposedBy", "EMPLOYEE")
                                         .containsEntry("name", "Lead a design review");
        assertThat(page(Set.of(GOAL_AGREED, GOAL_PROGRESS, GOAL_ACHIEVED), null, 50).entries())
                .extracting(TimelineEntry::title)
                .containsExactly("Goal agreed: Lead a design review", "Progress on a goal: Lead a design review",
                                 "Goal achieved: Lead a design review");
        assertThat(page(Set.of(GOAL_AGREED, GOAL_PROGRESS, GOAL_ACHIEVED), null, 50).entries())
                .extracting(TimelineEntry::eventId).containsExactly("d2", "d3", "d4");
    }

    @Test
    void showsFeedbackReviewsAndTakeaways() {
        feedHistory();
        feedFeedback();

        assertThat(entry("f1").title()).isEqualTo("Feedback from a report");
        assertThat(entry("f1").refs()).containsEntry("givenBy", "report");
        assertThat(entry("f2").details()).containsEntry("selfReflection", "grew").containsEntry("managerAssessment", "more scope");
        assertThat(entry("f3").title()).isEqualTo("Takeaway from Q1 retro");
    }

    @Test
    void showsEachRotationStepAndItsStatusAndHostTeamOnTheProposal() {
        feedHistory();
        feedRotation();

        assertThat(entry("r1").title()).isEqualTo("Rotation into Design Systems proposed");
        assertThat(entry("r1").refs()).containsEntry("rotationTeam", "Design Systems");
        assertThat(entry("r1").details()).containsEntry("status", "RETURNED").containsEntry("plannedEnd", "2025-01-01");
        assertThat(entry("r5").title()).isEqualTo("Rotation completed: returned");
    }

    @Test
    void showsAMentorshipOnTheTimelinesOfBothPeopleWithItsStatusOnTheRequest() {
        feedHistory();
        feedMentorships();

        assertThat(entry("m1").details()).containsEntry("status", "CONCLUDED").containsEntry("mentorId", "bob");
        assertThat(entry("m2").refs()).containsEntry("mentorId", "bob");
        assertThat(entry("m2").title()).isEqualTo("Matched with mentor bob: system design"); // no directory card yet
        assertThat(entry("m5").title()).isEqualTo("Mentorship concluded: system design");
        assertThat(entry("m3").kind()).isEqualTo("MENTORSHIP_SESSION");
        assertThat(entry("m4").title()).isEqualTo("Mentorship goal achieved: write an RFC");
        assertThat(entry("bob", "m2").kind()).isEqualTo("MENTORING_STARTED");
        assertThat(entry("bob", "m3").refs()).containsEntry("menteeId", "ada");
        assertThat(entry("bob", "m6").title()).isEqualTo("Mentored ada on system design");
        assertThat(entry("n2").kind()).isEqualTo("MENTORING_STARTED");
        assertThat(entry("n3").kind()).isEqualTo("MENTORSHIP_CANCELLED");
        assertThat(entry("bob", "n1").details()).containsEntry("status", "CANCELLED");
    }

    @Test
    void namesTheOtherPersonOfAMentorshipFromTheDirectoryWhenReadAndNoLongerOnceTheirDataIsErased() {
        feedHistory();
        feedMentorships();
        directory.on(hired(ADA, "Ada Lovelace"));
        directory.on(hired(BOB, "Bob Kahn"));

        assertThat(entry("bob", "m2").title()).isEqualTo("Started mentoring Ada Lovelace");
        assertThat(entry("bob", "m6").title()).isEqualTo("Mentored Ada Lovelace on system design");
        assertThat(entry("bob", "m6").refs()).containsEntry("menteeId", "ada");
        assertThat(entry("m2").title()).isEqualTo("Matched with mentor Bob Kahn: system design");
        assertThat(entry("m5").title()).isEqualTo("Mentorship concluded: system design");

        directory.on(hired(ADA, PersonalData.ERASED)); // what rebuilding the directory after the erasure gives
        assertThat(entry("bob", "m6").title()).isEqualTo("Mentored [erased] on system design");
    }

    private static EmployeeHiredEvent hired(EmployeeId id, String name) {
        return new EmployeeHiredEvent(id, name, id + "@example.com", id.value(), "Engineering", "E3", "Payments", null,
                                      null, null, LocalDate.parse("2020-01-01"));
    }

    @Test
    void showsANominationItsDecisionTheLevelChangeAndTheCelebration() {
        feedHistory();
        feedPromotion();

        assertThat(entry("p1").title()).isEqualTo("Nominated for Engineering E4");
        assertThat(entry("p1").details()).containsEntry("status", "APPROVED")
                                         .containsEntry("announcementConsentOn", "2024-11-21");
        assertThat(entry("p2").refs()).containsEntry("caseId", "case-1").containsEntry("decidedBy", "chair");
        assertThat(entry("p3").title()).isEqualTo("Promoted to Engineering E4");
        assertThat(entry("p4").kind()).isEqualTo("PROMOTION_ANNOUNCED");
    }

    @Test
    void applyingEveryEventTwiceGivesTheSameView() {
        feedHistory();
        feedLaterHistory();
        feedKnowledgeSharing();
        feedDevelopmentPlan();
        feedFeedback();
        feedRotation();
        feedMentorships();
        feedPromotion();
        TimelinePage once = page(Set.of(), null, 50);
        TimelinePage bobOnce = queries.find(new FindTimelineQuery("bob", Set.of(), null, null, null, 50)).orElseThrow();
        feedHistory();
        feedLaterHistory();
        feedKnowledgeSharing();
        feedDevelopmentPlan();
        feedFeedback();
        feedRotation();
        feedMentorships();
        feedPromotion();

        assertThat(page(Set.of(), null, 50)).isEqualTo(once);
        assertThat(queries.find(new FindTimelineQuery("bob", Set.of(), null, null, null, 50))).contains(bobOnce);
    }

    @Test
    void pagesContinueAfterTheCursor() {
        feedHistory();
        TimelinePage first = page(Set.of(), null, 3);
        assertThat(first.next()).isNotNull();
        TimelinePage second = page(Set.of(), first.next(), 3);
        assertThat(second.entries()).extracting(TimelineEntry::eventId).containsExactly("e1");
        assertThat(second.next()).isNull();
    }

    @Test
    void anUnknownEmployeeHasNoTimeline() {
        assertThat(queries.find(new FindTimelineQuery("nobody", Set.of(), null, null, null, 50))).isEmpty();
    }

    @Test
    void rejectsAForeignCursorAndAnInvertedRange() {
        assertThatThrownBy(() -> new FindTimelineQuery("ada", Set.of(), null, null, "bm9wZQ", 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FindTimelineQuery("ada", Set.of(), LocalDate.MAX, LocalDate.MIN, null, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResetEmptiesTheView() {
        feedHistory();
        projection.reset();
        assertThat(queries.find(new FindTimelineQuery("ada", Set.of(), null, null, null, 50))).isEmpty();
    }
}
