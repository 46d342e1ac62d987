package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.career.HackWeekOutcome;
import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.LearningPodJoinedEvent;
import io.careerhistory.events.career.LearningPodLeftEvent;
import io.careerhistory.events.career.PassionProjectShippedEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.PassionProjectStoppedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.HIRED_ON;
import static io.careerhistory.command.career.CareerFixtures.MARCH_5;
import static io.careerhistory.command.career.CareerFixtures.departed;
import static io.careerhistory.command.career.CareerFixtures.hired;

class KnowledgeSharingTest {

    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    private static TechTalkGivenEvent talkGiven(String talkId) {
        return new TechTalkGivenEvent(ADA, talkId, "Event sourcing in practice", "Tech Talks", List.of("axon"), MARCH_5);
    }

    private static LearningPodJoinedEvent joined() {
        return new LearningPodJoinedEvent(ADA, "rust-pod", "Rustaceans", "Rust", MARCH_5);
    }

    private static PassionProjectStartedEvent started() {
        return new PassionProjectStartedEvent(ADA, "p1", "Accessible charts", List.of("a11y"), MARCH_5);
    }

    @Test
    void recordsATalk() {
        fixture.given(hired())
               .when(new RecordTechTalkCommand(ADA, "t1", "Event sourcing in practice", "Tech Talks", List.of("axon"), MARCH_5))
               .expectEvents(talkGiven("t1"));
    }

    @Test
    void cannotRecordTheSameTalkTwiceOnOneDay() {
        fixture.given(hired(), talkGiven("t1"))
               .when(new RecordTechTalkCommand(ADA, "t2", "Event sourcing in practice", "Tech Talks", List.of(), MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.TALK_ALREADY_RECORDED));
    }

    @Test
    void cannotGiveATalkBeforeBeingHired() {
        fixture.given(hired())
               .when(new RecordTechTalkCommand(ADA, "t1", "Early talk", "Tech Talks", List.of(), HIRED_ON.minusDays(1)))
               .expectException(violating(ErrorCode.DATE_BEFORE_HIRE));
    }

    @Test
    void joinsAndLeavesALearningPod() {
        fixture.given(hired())
               .when(new JoinLearningPodCommand(ADA, "rust-pod", "Rustaceans", "Rust", MARCH_5))
               .expectEvents(joined());
        fixture.given(hired(), joined())
               .when(new LeaveLearningPodCommand(ADA, "rust-pod", MARCH_5.plusMonths(3)))
               .expectEvents(new LearningPodLeftEvent(ADA, "rust-pod", MARCH_5.plusMonths(3)));
    }

    @Test
    void cannotJoinAPodTwiceButMayRejoinAfterLeaving() {
        fixture.given(hired(), joined())
               .when(new JoinLearningPodCommand(ADA, "rust-pod", "Rustaceans", "Rust", MARCH_5.plusDays(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.POD_ALREADY_JOINED));
        fixture.given(hired(), joined(), new LearningPodLeftEvent(ADA, "rust-pod", MARCH_5.plusDays(1)))
               .when(new JoinLearningPodCommand(ADA, "rust-pod", "Rustaceans", "Rust", MARCH_5.plusDays(2)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotLeaveAPodOneIsNotIn() {
        fixture.given(hired())
               .when(new LeaveLearningPodCommand(ADA, "rust-pod", MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.NOT_IN_POD));
    }

    @Test
    void recordsAHackWeekProjectWithItsOutcomeOnce() {
        HackWeekProjectRecordedEvent recorded = new HackWeekProjectRecordedEvent(ADA, "h1", "2024-spring", "Playlist radio",
                                                                                 HackWeekOutcome.SHIPPED, List.of("ml"), MARCH_5);
        fixture.given(hired())
               .when(new RecordHackWeekProjectCommand(ADA, "h1", "2024-spring", "Playlist radio", HackWeekOutcome.SHIPPED,
                                                      List.of("ml"), MARCH_5))
               .expectEvents(recorded);
        fixture.given(hired(), recorded)
               .when(new RecordHackWeekProjectCommand(ADA, "h2", "2024-spring", "Playlist radio", HackWeekOutcome.DEMOED,
                                                      List.of(), MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.HACK_WEEK_PROJECT_ALREADY_RECORDED));
    }

    @Test
    void startsShipsOrStopsAPassionProject() {
        fixture.given(hired())
               .when(new StartPassionProjectCommand(ADA, "p1", "Accessible charts", List.of("a11y"), MARCH_5))
               .expectEvents(started());
        fixture.given(hired(), started())
               .when(new ShipPassionProjectCommand(ADA, "p1", "used by three squads", MARCH_5.plusMonths(2)))
               .expectEvents(new PassionProjectShippedEvent(ADA, "p1", "used by three squads", MARCH_5.plusMonths(2)));
        fixture.given(hired(), started())
               .when(new StopPassionProjectCommand(ADA, "p1", "no time left", MARCH_5.plusMonths(2)))
               .expectEvents(new PassionProjectStoppedEvent(ADA, "p1", "no time left", MARCH_5.plusMonths(2)));
    }

    @Test
    void cannotEndAPassionProjectThatDoesNotExistOrHasEnded() {
        fixture.given(hired())
               .when(new ShipPassionProjectCommand(ADA, "p1", "done", MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.PASSION_PROJECT_NOT_FOUND));
        fixture.given(hired(), started(), new PassionProjectStoppedEvent(ADA, "p1", "no time", MARCH_5))
               .when(new ShipPassionProjectCommand(ADA, "p1", "done after all", MARCH_5.plusDays(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.PASSION_PROJECT_ALREADY_ENDED));
    }

    @Test
    void sharesNothingAfterADeparture() {
        fixture.given(hired(), departed())
               .when(new RecordTechTalkCommand(ADA, "t1", "Farewell talk", "Tech Talks", List.of(), MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
    }
}
