package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.MARCH_5;
import static io.careerhistory.command.career.CareerFixtures.departed;
import static io.careerhistory.command.career.CareerFixtures.hired;

class MentoringCreditTest {

    private static final EmployeeId MENTEE = EmployeeId.of("mentee");
    private static final CreditMentoringCommand CREDIT =
            new CreditMentoringCommand(ADA, "m1", MENTEE, MentorshipKind.CLASSIC, "testing", MARCH_5.minusDays(1));
    private static final MentoringGivenEvent CREDITED =
            new MentoringGivenEvent(ADA, "m1", MENTEE, MentorshipKind.CLASSIC, "testing", MARCH_5.minusDays(1));
    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    @Test
    void aConcludedMentorshipIsCreditedToTheMentor() {
        fixture.given(hired()).when(CREDIT).expectEvents(CREDITED);
    }

    @Test
    void aRedeliveredCreditRecordsNothing() {
        fixture.given(hired(), CREDITED).when(CREDIT).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void mentoringGivenBeforeADepartureIsStillCredited() {
        fixture.given(hired(), departed()).when(CREDIT).expectEvents(CREDITED);
    }
}
