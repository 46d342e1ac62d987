package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.PersonalDataErasedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.departed;
import static io.careerhistory.command.career.CareerFixtures.hired;

class PersonalDataErasureTest {

    private static final LocalDate ERASED_ON = LocalDate.of(2026, 11, 26);

    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    @Test
    void erasureIsRecorded() {
        fixture.given(hired())
               .when(new ErasePersonalDataCommand(ADA, ERASED_ON))
               .expectEvents(new PersonalDataErasedEvent(ADA, ERASED_ON));
    }

    @Test
    void someoneWhoLeftCanBeErased() {
        fixture.given(hired(), departed())
               .when(new ErasePersonalDataCommand(ADA, ERASED_ON))
               .expectEvents(new PersonalDataErasedEvent(ADA, ERASED_ON));
    }

    @Test
    void askingAgainRecordsNothing() {
        fixture.given(hired(), new PersonalDataErasedEvent(ADA, ERASED_ON))
               .when(new ErasePersonalDataCommand(ADA, ERASED_ON.plusDays(1)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void nothingNewIsRecordedAboutAnErasedEmployee() {
        fixture.given(hired(), new PersonalDataErasedEvent(ADA, ERASED_ON))
               .when(new RecordCourseCompletionCommand(ADA, "c1", "k8s-101", "Kubernetes", CourseProvider.ACADEMY,
                                                       List.of("kubernetes"), BigDecimal.ONE, ERASED_ON, null))
               .expectException(violating(ErrorCode.PERSONAL_DATA_ERASED));
    }
}
