package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.EmployeeHiredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;

class EmployeeCareerTest {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final LocalDate MARCH_5 = LocalDate.parse("2024-03-05");

    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmployeeCareer.class);
    }

    private static EmployeeHiredEvent hired() {
        return new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", "Engineering", "E3", "Payments",
                                      EmployeeId.of("boss"), LocalDate.parse("2023-02-01"));
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
               .when(new HireEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "Engineering", "E3", "Payments",
                                             EmployeeId.of("boss"), LocalDate.parse("2023-02-01")))
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
               .expectException(violating(ErrorCode.COMPLETION_ALREADY_RECORDED))
               .expectExceptionMessage("A completion with source reference lms-1 is already recorded");
    }

    @Test
    void mayRetakeTheSameCourseOnAnotherDay() {
        fixture.given(hired(), completed("c1", "k8s-101", MARCH_5, null))
               .when(complete("c2", "k8s-101", MARCH_5.plusYears(1), null))
               .expectEvents(completed("c2", "k8s-101", MARCH_5.plusYears(1), null));
    }
}
