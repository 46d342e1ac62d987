package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.BOSS;
import static io.careerhistory.command.career.CareerFixtures.FORMER_BOSS;
import static io.careerhistory.command.career.CareerFixtures.HIRED_ON;
import static io.careerhistory.command.career.CareerFixtures.MARCH_5;
import static io.careerhistory.command.career.CareerFixtures.departed;
import static io.careerhistory.command.career.CareerFixtures.hired;

class EmployeeCareerTest {

    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    private static RecordCourseCompletionCommand complete(String completionId, String courseId, LocalDate on, String sourceRef) {
        return new RecordCourseCompletionCommand(ADA, completionId, courseId, "Kubernetes", CourseProvider.ACADEMY,
                                                 List.of("kubernetes"), BigDecimal.valueOf(6), on, sourceRef);
    }

    private static CourseCompletedEvent completed(String completionId, String courseId, LocalDate on, String sourceRef) {
        return new CourseCompletedEvent(ADA, completionId, courseId, "Kubernetes", CourseProvider.ACADEMY,
                                        List.of("kubernetes"), BigDecimal.valueOf(6), on, sourceRef);
    }

    @Test
    void hiringRecordsTheHire() {
        fixture.givenNoPriorActivity()
               .when(new HireEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3",
                                             "Payments", "Fintech", BOSS, null, HIRED_ON))
               .expectSuccessfulHandlerExecution()
               .expectEvents(hired());
    }

    @Test
    void recordsACourseCompletion() {
        fixture.given(hired())
               .when(complete("c1", "k8s-101", MARCH_5, "lms-1"))
               .expectEvents(completed("c1", "k8s-101", MARCH_5, "lms-1"));
    }

    @Test
    void cannotRecordTheSameCourseTwiceOnTheSameDay() {
        fixture.given(hired(), completed("c1", "k8s-101", MARCH_5, null))
               .when(complete("c2", "k8s-101", MARCH_5, null))
               .expectNoEvents()
               .expectException(violating(ErrorCode.COMPLETION_ALREADY_RECORDED))
               .expectExceptionMessage("Course k8s-101 is already recorded as completed on 2024-03-05");
    }

    @Test
    void cannotRecordTheSameSourceReferenceTwice() {
        fixture.given(hired(), completed("c1", "k8s-101", MARCH_5, "lms-1"))
               .when(complete("c2", "go-201", MARCH_5.plusDays(1), "lms-1"))
               .expectNoEvents()
               .expectException(violating(ErrorCode.SOURCE_REFERENCE_ALREADY_RECORDED))
               .expectExceptionMessage("A completion with source reference lms-1 is already recorded");
    }

    @Test
    void mayRetakeTheSameCourseOnAnotherDay() {
        fixture.given(hired(), completed("c1", "k8s-101", MARCH_5, null))
               .when(complete("c2", "k8s-101", MARCH_5.plusYears(1), null))
               .expectEvents(completed("c2", "k8s-101", MARCH_5.plusYears(1), null));
    }

    @Test
    void keepsTheVoluntaryGroupAttributeWhenGiven() {
        fixture.givenNoPriorActivity()
               .when(new HireEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3",
                                             "Payments", null, null, "group-b", HIRED_ON))
               .expectEvents(new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3",
                                                    "Payments", null, null, "group-b", HIRED_ON));
    }

    @Test
    void cannotHireSomeoneAsTheirOwnManager() {
        fixture.givenNoPriorActivity()
               .when(new HireEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3",
                                             "Payments", null, ADA, null, HIRED_ON))
               .expectNoEvents()
               .expectException(violating(ErrorCode.SELF_MANAGEMENT));
    }

    @Test
    void retractsACompletionWithAReason() {
        fixture.given(hired(), completed("c1", "k8s-101", MARCH_5, null))
               .when(new RetractCourseCompletionCommand(ADA, "c1", "recorded for the wrong person", MARCH_5.plusDays(2)))
               .expectEvents(new CourseCompletionRetractedEvent(ADA, "c1", "recorded for the wrong person",
                                                                MARCH_5.plusDays(2)));
    }

    @Test
    void cannotRetractACompletionThatDoesNotExist() {
        fixture.given(hired())
               .when(new RetractCourseCompletionCommand(ADA, "nope", "typo", MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.COMPLETION_NOT_FOUND));
    }

    @Test
    void cannotRetractACompletionTwice() {
        fixture.given(hired(), completed("c1", "k8s-101", MARCH_5, null),
                      new CourseCompletionRetractedEvent(ADA, "c1", "typo", MARCH_5))
               .when(new RetractCourseCompletionCommand(ADA, "c1", "typo again", MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.COMPLETION_ALREADY_RETRACTED));
    }

    @Test
    void aRetractedCompletionMayBeRecordedAgainButItsSourceReferenceStaysUsed() {
        fixture.given(hired(), completed("c1", "k8s-101", MARCH_5, "lms-1"),
                      new CourseCompletionRetractedEvent(ADA, "c1", "wrong date entered", MARCH_5))
               .when(complete("c2", "k8s-101", MARCH_5, null))
               .expectEvents(completed("c2", "k8s-101", MARCH_5, null));
        fixture.given(hired(), completed("c1", "k8s-101", MARCH_5, "lms-1"),
                      new CourseCompletionRetractedEvent(ADA, "c1", "wrong date entered", MARCH_5))
               .when(complete("c2", "k8s-101", MARCH_5, "lms-1"))
               .expectException(violating(ErrorCode.SOURCE_REFERENCE_ALREADY_RECORDED));
    }

    @Test
    void transfersToAnotherTrackKeepingWhatIsNotNamed() {
        fixture.given(hired())
               .when(new TransferEmployeeCommand(ADA, "Checkout", null, null, "Product", "P3", MARCH_5))
               .expectEvents(new EmployeeTransferredEvent(ADA, "Checkout", "Fintech", BOSS, "Product", "P3", MARCH_5));
    }

    @Test
    void hiresAndTransfersOnlyIntoRolesOfTheFrameworkInForce() {
        fixture.givenNoPriorActivity()
               .when(new HireEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E9",
                                             "Payments", "Fintech", BOSS, null, HIRED_ON))
               .expectException(violating(ErrorCode.NOT_IN_FRAMEWORK));
        fixture.givenNoPriorActivity()
               .when(new HireEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3",
                                             "Payments", "Fintech", BOSS, null, LocalDate.parse("2019-12-31")))
               .expectException(violating(ErrorCode.NOT_IN_FRAMEWORK));
        fixture.given(hired())
               .when(new TransferEmployeeCommand(ADA, null, null, null, "Product", null, MARCH_5))
               .expectException(violating(ErrorCode.NOT_IN_FRAMEWORK)); // E3 is no Product level
    }

    @Test
    void cannotTransferToWhereTheEmployeeAlreadyIs() {
        fixture.given(hired())
               .when(new TransferEmployeeCommand(ADA, "Payments", "Fintech", BOSS, null, null, MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.TRANSFER_CHANGES_NOTHING));
    }

    @Test
    void cannotBecomeTheirOwnManagerByTransfer() {
        fixture.given(hired())
               .when(new TransferEmployeeCommand(ADA, null, null, ADA, null, null, MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.SELF_MANAGEMENT));
    }

    @Test
    void aManagerIsSomeoneEmployedOnTheDay() {
        fixture.givenNoPriorActivity()
               .when(new HireEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3",
                                             "Payments", null, EmployeeId.of("nobody"), null, HIRED_ON))
               .expectNoEvents()
               .expectException(violating(ErrorCode.MANAGER_NOT_EMPLOYED));
        fixture.givenNoPriorActivity()
               .when(new HireEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3",
                                             "Payments", null, FORMER_BOSS, null, LocalDate.parse("2021-05-31")))
               .expectNoEvents()
               .expectException(violating(ErrorCode.MANAGER_NOT_EMPLOYED));
        fixture.given(hired())
               .when(new TransferEmployeeCommand(ADA, null, null, FORMER_BOSS, null, null, MARCH_5))
               .expectEvents(new EmployeeTransferredEvent(ADA, "Payments", "Fintech", FORMER_BOSS, "Engineering", "E3",
                                                          MARCH_5));
        fixture.given(hired())
               .when(new TransferEmployeeCommand(ADA, null, null, FORMER_BOSS, null, null, LocalDate.parse("2025-01-31")))
               .expectNoEvents()
               .expectException(violating(ErrorCode.MANAGER_NOT_EMPLOYED));
        fixture.given(hired())
               .when(new TransferEmployeeCommand(ADA, null, null, EmployeeId.of("nobody"), null, null, MARCH_5))
               .expectNoEvents()
               .expectException(violating(ErrorCode.MANAGER_NOT_EMPLOYED));
    }

    @Test
    void cannotTransferBeforeTheHire() {
        fixture.given(hired())
               .when(new TransferEmployeeCommand(ADA, "Checkout", null, null, null, null, HIRED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.DATE_BEFORE_HIRE));
    }

    @Test
    void recordsADeparture() {
        fixture.given(hired())
               .when(new RecordDepartureCommand(ADA, MARCH_5, "moved abroad"))
               .expectEvents(departed());
    }

    @Test
    void cannotDepartBeforeTheHire() {
        fixture.given(hired())
               .when(new RecordDepartureCommand(ADA, HIRED_ON.minusDays(1), null))
               .expectNoEvents()
               .expectException(violating(ErrorCode.DATE_BEFORE_HIRE));
    }

    @Test
    void recordsNothingNewAfterADeparture() {
        fixture.given(hired(), departed())
               .when(complete("c1", "k8s-101", MARCH_5, null))
               .expectNoEvents()
               .expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
        fixture.given(hired(), departed())
               .when(new TransferEmployeeCommand(ADA, "Checkout", null, null, null, null, MARCH_5))
               .expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
        fixture.given(hired(), departed())
               .when(new RecordDepartureCommand(ADA, MARCH_5, null))
               .expectException(violating(ErrorCode.EMPLOYEE_DEPARTED));
    }
}
