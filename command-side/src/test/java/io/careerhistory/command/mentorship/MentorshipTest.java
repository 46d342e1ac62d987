package io.careerhistory.command.mentorship;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.command.standing.Standing;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipCancelledEvent;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import io.careerhistory.events.mentorship.MentorshipGoalAchievedEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import io.careerhistory.events.mentorship.MentorshipSessionLoggedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;

class MentorshipTest {

    private static final EmployeeId MENTEE = EmployeeId.of("mentee");
    private static final EmployeeId SENIOR = EmployeeId.of("senior");
    private static final EmployeeId PEER = EmployeeId.of("peer");
    private static final EmployeeId JUNIOR = EmployeeId.of("junior");
    private static final EmployeeId GONE = EmployeeId.of("gone");
    private static final EmployeeId OFF_FRAMEWORK = EmployeeId.of("off-framework");
    private static final LocalDate HIRED = LocalDate.parse("2022-01-03");
    private static final LocalDate REQUESTED = LocalDate.parse("2024-03-01");
    private static final LocalDate MATCHED = REQUESTED.plusDays(7);
    private static final List<String> GOALS = List.of("run a design review", "write an RFC");

    private final Map<EmployeeId, Standing> standings = new HashMap<>();
    private FixtureConfiguration<Mentorship> fixture;

    @BeforeEach
    void setUp() {
        standings.put(MENTEE, employed(MENTEE, "E3", 3));
        standings.put(SENIOR, employed(SENIOR, "P5", 5)); // ranks compare across tracks
        standings.put(PEER, employed(PEER, "E3", 3));
        standings.put(JUNIOR, employed(JUNIOR, "E1", 1));
        standings.put(GONE, new Standing(GONE, HIRED, false, "Engineering", "E6", 6, null, null));
        standings.put(OFF_FRAMEWORK, employed(OFF_FRAMEWORK, "X9", null));
        EmployeeStandings lookup = (id, on) -> Optional.ofNullable(standings.get(id));
        fixture = new AggregateTestFixture<>(Mentorship.class);
        fixture.registerInjectableResource(lookup);
    }

    private static Standing employed(EmployeeId id, String level, Integer rank) {
        return new Standing(id, HIRED, true, level.startsWith("P") ? "Product" : "Engineering", level, rank, null,
                            null);
    }

    private static MentorshipRequestedEvent requested(MentorshipKind kind) {
        return new MentorshipRequestedEvent("m1", MENTEE, kind, "system design", GOALS, REQUESTED);
    }

    private static MentorMatchedEvent matched(EmployeeId mentor, MentorshipKind kind) {
        return new MentorMatchedEvent("m1", MENTEE, mentor, kind, MATCHED);
    }

    @Test
    void aCurrentEmployeeRequestsAMentorWithGoals() {
        fixture.givenNoPriorActivity()
               .when(new RequestMentorshipCommand("m1", MENTEE, MentorshipKind.CLASSIC, "system design", GOALS, REQUESTED))
               .expectEvents(requested(MentorshipKind.CLASSIC));
    }

    private static Map<String, Object> signedIn(EmployeeId employee, String roles) {
        return Map.of(CommandSender.ACTOR_EMPLOYEE_KEY, employee.value(), CommandSender.ACTOR_ROLES_KEY, roles);
    }

    @Test
    void anEmployeeAsksForAMentorForThemselvesTheirManagerForThemAndATalentPartnerForAnyone() {
        // PEER manages MENTEE
        standings.put(MENTEE, new Standing(MENTEE, HIRED, true, "Engineering", "E3", 3, PEER, null));
        RequestMentorshipCommand request = new RequestMentorshipCommand("m1", MENTEE, MentorshipKind.CLASSIC,
                                                                        "system design", GOALS, REQUESTED);
        fixture.givenNoPriorActivity().when(request, signedIn(MENTEE, "EMPLOYEE"))
               .expectEvents(requested(MentorshipKind.CLASSIC));
        fixture.givenNoPriorActivity().when(request, signedIn(PEER, "EMPLOYEE,MANAGER"))
               .expectEvents(requested(MentorshipKind.CLASSIC));
        fixture.givenNoPriorActivity().when(request, signedIn(JUNIOR, "TALENT_PARTNER"))
               .expectEvents(requested(MentorshipKind.CLASSIC));
        fixture.givenNoPriorActivity().when(request, signedIn(SENIOR, "EMPLOYEE,MANAGER"))
               .expectException(violating(ErrorCode.NOT_YOUR_RECORD));
    }

    @Test
    void onlyTheMenteeTheMentorOrATalentPartnerRecordAMentorshipsSteps() {
        Map<String, Object> stranger = signedIn(PEER, "EMPLOYEE,MANAGER");
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new LogMentorshipSessionCommand("m1", "s1", 30, null, MATCHED.plusDays(1)), stranger)
               .expectException(violating(ErrorCode.NOT_PARTY_TO_MENTORSHIP));
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new AchieveMentorshipGoalCommand("m1", GOALS.get(0), MATCHED.plusDays(1)), stranger)
               .expectException(violating(ErrorCode.NOT_PARTY_TO_MENTORSHIP));
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new ConcludeMentorshipCommand("m1", "thanks", "well done", MATCHED.plusDays(60)), stranger)
               .expectException(violating(ErrorCode.NOT_PARTY_TO_MENTORSHIP));
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new CancelMentorshipCommand("m1", "not mine", MATCHED), stranger)
               .expectException(violating(ErrorCode.NOT_PARTY_TO_MENTORSHIP));

        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new LogMentorshipSessionCommand("m1", "s1", 30, null, MATCHED.plusDays(1)),
                     signedIn(SENIOR, "EMPLOYEE"))
               .expectSuccessfulHandlerExecution();
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new CancelMentorshipCommand("m1", "moved teams", MATCHED.plusDays(2)),
                     signedIn(MENTEE, "EMPLOYEE"))
               .expectSuccessfulHandlerExecution();
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new CancelMentorshipCommand("m1", "duplicate", MATCHED), signedIn(JUNIOR, "TALENT_PARTNER"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRequestForSomeoneWhoIsNoEmployeeIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RequestMentorshipCommand("m1", EmployeeId.of("nobody"), MentorshipKind.CLASSIC, "x", GOALS,
                                                  REQUESTED))
               .expectException(violating(ErrorCode.EMPLOYEE_NOT_FOUND));
    }

    @Test
    void aRequestBySomeoneWhoHasLeftIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RequestMentorshipCommand("m1", GONE, MentorshipKind.CLASSIC, "x", GOALS, REQUESTED))
               .expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
    }

    @Test
    void aRequestDatedBeforeTheMenteesHireIsRefused() {
        standings.put(MENTEE, new Standing(MENTEE, REQUESTED.plusDays(1), false, null, null, null, null, null));
        fixture.givenNoPriorActivity()
               .when(new RequestMentorshipCommand("m1", MENTEE, MentorshipKind.CLASSIC, "x", GOALS, REQUESTED))
               .expectException(violating(ErrorCode.DATE_BEFORE_HIRE));
    }

    @Test
    void aClassicMentorRankingAboveTheMenteeIsMatchedEvenFromAnotherTrack() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new MatchMentorCommand("m1", SENIOR, MATCHED))
               .expectEvents(matched(SENIOR, MentorshipKind.CLASSIC));
    }

    @Test
    void aClassicMentorOfTheSameRankIsRefused() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new MatchMentorCommand("m1", PEER, MATCHED))
               .expectException(violating(ErrorCode.MENTOR_NOT_SENIOR));
    }

    @Test
    void aReverseMentorRankingBelowTheMenteeIsMatched() {
        fixture.given(requested(MentorshipKind.REVERSE))
               .when(new MatchMentorCommand("m1", JUNIOR, MATCHED))
               .expectEvents(matched(JUNIOR, MentorshipKind.REVERSE));
    }

    @Test
    void aReverseMentorWhoDoesNotRankBelowTheMenteeIsRefused() {
        fixture.given(requested(MentorshipKind.REVERSE))
               .when(new MatchMentorCommand("m1", SENIOR, MATCHED))
               .expectException(violating(ErrorCode.REVERSE_MENTOR_NOT_JUNIOR));
    }

    @Test
    void theMenteeCannotBeTheirOwnMentor() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new MatchMentorCommand("m1", MENTEE, MATCHED))
               .expectException(violating(ErrorCode.MENTOR_IS_MENTEE));
    }

    @Test
    void aMentorWhoHasLeftCannotBeMatched() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new MatchMentorCommand("m1", GONE, MATCHED))
               .expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
    }

    @Test
    void aMentorWhoseLevelTheFrameworkDoesNotKnowCannotBeRanked() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new MatchMentorCommand("m1", OFF_FRAMEWORK, MATCHED))
               .expectException(violating(ErrorCode.RANK_UNKNOWN));
    }

    @Test
    void aMatchDatedBeforeTheRequestIsRefused() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new MatchMentorCommand("m1", SENIOR, REQUESTED.minusDays(1)))
               .expectException(violating(ErrorCode.MENTORSHIP_DATE_INVALID));
    }

    @Test
    void aMatchedMentorshipCannotBeMatchedAgain() {
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new MatchMentorCommand("m1", SENIOR, MATCHED))
               .expectException(violating(ErrorCode.MENTORSHIP_WRONG_STEP));
    }

    @Test
    void sessionsAreLoggedOncePerDayAfterTheMatch() {
        MentorshipSessionLoggedEvent session =
                new MentorshipSessionLoggedEvent("m1", MENTEE, SENIOR, "s1", 45, "whiteboarding", MATCHED.plusDays(3));
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new LogMentorshipSessionCommand("m1", "s1", 45, "whiteboarding", MATCHED.plusDays(3)))
               .expectEvents(session);
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC), session)
               .when(new LogMentorshipSessionCommand("m1", "s2", 30, null, MATCHED.plusDays(3)))
               .expectException(violating(ErrorCode.MENTORSHIP_SESSION_ALREADY_LOGGED));
    }

    @Test
    void noSessionBeforeAMentorIsMatched() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new LogMentorshipSessionCommand("m1", "s1", 45, null, MATCHED))
               .expectException(violating(ErrorCode.MENTORSHIP_WRONG_STEP));
    }

    @Test
    void aGoalOfTheRequestIsAchievedOnce() {
        MentorshipGoalAchievedEvent achieved =
                new MentorshipGoalAchievedEvent("m1", MENTEE, SENIOR, "write an RFC", MATCHED.plusMonths(1));
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new AchieveMentorshipGoalCommand("m1", "write an RFC", MATCHED.plusMonths(1)))
               .expectEvents(achieved);
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC), achieved)
               .when(new AchieveMentorshipGoalCommand("m1", "write an RFC", MATCHED.plusMonths(2)))
               .expectException(violating(ErrorCode.MENTORSHIP_GOAL_ALREADY_ACHIEVED));
    }

    @Test
    void aGoalTheRequestDidNotNameCannotBeAchieved() {
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC))
               .when(new AchieveMentorshipGoalCommand("m1", "learn Rust", MATCHED.plusMonths(1)))
               .expectException(violating(ErrorCode.MENTORSHIP_GOAL_UNKNOWN));
    }

    @Test
    void aMatchedMentorshipConcludesWithFeedbackFromBoth() {
        fixture.given(requested(MentorshipKind.REVERSE), matched(JUNIOR, MentorshipKind.REVERSE))
               .when(new ConcludeMentorshipCommand("m1", "learned a lot", "great questions", MATCHED.plusMonths(3)))
               .expectEvents(new MentorshipConcludedEvent("m1", MENTEE, JUNIOR, MentorshipKind.REVERSE, "system design",
                                                          "learned a lot", "great questions", MATCHED.plusMonths(3)));
    }

    @Test
    void onlyAMatchedMentorshipConcludes() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new ConcludeMentorshipCommand("m1", "a", "b", MATCHED))
               .expectException(violating(ErrorCode.MENTORSHIP_WRONG_STEP));
    }

    @Test
    void anUnmatchedRequestIsCancelledWithoutAMentor() {
        fixture.given(requested(MentorshipKind.CLASSIC))
               .when(new CancelMentorshipCommand("m1", "found a course instead", MATCHED))
               .expectEvents(new MentorshipCancelledEvent("m1", MENTEE, null, "found a course instead", MATCHED));
    }

    @Test
    void aConcludedMentorshipCannotBeCancelled() {
        fixture.given(requested(MentorshipKind.CLASSIC), matched(SENIOR, MentorshipKind.CLASSIC),
                      new MentorshipConcludedEvent("m1", MENTEE, SENIOR, MentorshipKind.CLASSIC, "system design", "a",
                                                   "b", MATCHED.plusMonths(1)))
               .when(new CancelMentorshipCommand("m1", "too late", MATCHED.plusMonths(2)))
               .expectException(violating(ErrorCode.MENTORSHIP_WRONG_STEP));
    }
}
