package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.FeedbackDirection;
import io.careerhistory.events.career.FeedbackReceivedEvent;
import io.careerhistory.events.career.RetroTakeawayRecordedEvent;
import io.careerhistory.events.career.ReviewCompletedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.ADAS_REPORT;
import static io.careerhistory.command.career.CareerFixtures.BOSS;
import static io.careerhistory.command.career.CareerFixtures.MARCH_5;
import static io.careerhistory.command.career.CareerFixtures.departed;
import static io.careerhistory.command.career.CareerFixtures.hired;

class FeedbackTest {

    private static final EmployeeId PEER = EmployeeId.of("peer");

    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    private static ReviewCompletedEvent reviewed() {
        return new ReviewCompletedEvent(ADA, "r1", "2024-H1", "grew a lot", BOSS, "ready for more scope", MARCH_5);
    }

    @Test
    void recordsFeedbackFromAPeer() {
        fixture.given(hired())
               .when(new RecordFeedbackCommand(ADA, "f1", FeedbackDirection.PEER, PEER, "great pairing", MARCH_5))
               .expectEvents(new FeedbackReceivedEvent(ADA, "f1", FeedbackDirection.PEER, PEER, "great pairing",
                                                       MARCH_5));
    }

    @Test
    void theDirectionFollowsWhoGivesTheFeedbackWhenLeftOut() {
        fixture.given(hired())
               .when(new RecordFeedbackCommand(ADA, "f1", null, BOSS, "clear priorities", MARCH_5))
               .expectEvents(new FeedbackReceivedEvent(ADA, "f1", FeedbackDirection.MANAGER, BOSS, "clear priorities",
                                                       MARCH_5));
        fixture.given(hired())
               .when(new RecordFeedbackCommand(ADA, "f1", null, ADAS_REPORT, "good one-to-ones", MARCH_5))
               .expectEvents(new FeedbackReceivedEvent(ADA, "f1", FeedbackDirection.UPWARD, ADAS_REPORT,
                                                       "good one-to-ones", MARCH_5));
        fixture.given(hired())
               .when(new RecordFeedbackCommand(ADA, "f1", null, PEER, "great pairing", MARCH_5))
               .expectEvents(new FeedbackReceivedEvent(ADA, "f1", FeedbackDirection.PEER, PEER, "great pairing",
                                                       MARCH_5));
    }

    @Test
    void shouldRejectFeedbackThatClaimsADirectionItsGiverDoesNotHave() {
        fixture.given(hired())
               .when(new RecordFeedbackCommand(ADA, "f1", FeedbackDirection.MANAGER, PEER, "do more", MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.FEEDBACK_DIRECTION_WRONG));
        fixture.given(hired())
               .when(new RecordFeedbackCommand(ADA, "f1", FeedbackDirection.PEER, BOSS, "great pairing", MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.FEEDBACK_DIRECTION_WRONG));
    }

    @Test
    void shouldRejectFeedbackGivenToOneself() {
        fixture.given(hired())
               .when(new RecordFeedbackCommand(ADA, "f1", FeedbackDirection.PEER, ADA, "I am great", MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.SELF_FEEDBACK));
    }

    @Test
    void completesATwoWayReviewOncePerPeriod() {
        fixture.given(hired())
               .when(new CompleteReviewCommand(ADA, "r1", "2024-H1", "grew a lot", BOSS, "ready for more scope", MARCH_5))
               .expectEvents(reviewed());
        fixture.given(hired(), reviewed())
               .when(new CompleteReviewCommand(ADA, "r2", "2024-H1", "again", BOSS, "again", MARCH_5.plusDays(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.REVIEW_ALREADY_COMPLETED));
    }

    @Test
    void cannotReviewOneself() {
        fixture.given(hired())
               .when(new CompleteReviewCommand(ADA, "r1", "2024-H1", "grew", ADA, "agreed", MARCH_5))
               .expectException(violating(ErrorCode.SELF_FEEDBACK));
    }

    @Test
    void keepsARetroTakeawayButNotAfterADeparture() {
        fixture.given(hired())
               .when(new RecordRetroTakeawayCommand(ADA, "t1", "Q1 launch retro", "ship smaller", MARCH_5))
               .expectEvents(new RetroTakeawayRecordedEvent(ADA, "t1", "Q1 launch retro", "ship smaller", MARCH_5));
        fixture.given(hired(), departed())
               .when(new RecordRetroTakeawayCommand(ADA, "t1", "Q1 launch retro", "ship smaller", MARCH_5))
               .expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
    }
}
