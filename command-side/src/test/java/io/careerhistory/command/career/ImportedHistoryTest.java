package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.BOSS;
import static io.careerhistory.command.career.CareerFixtures.hired;
import static org.assertj.core.api.Assertions.assertThat;

/** History from before the system was in use, from an HRIS import: its own events, never a decision made here. */
class ImportedHistoryTest {

    private static final LocalDate LONG_AGO = LocalDate.parse("2016-04-01"); // before the first framework version
    private static final LocalDate PROMOTED = LocalDate.parse("2023-09-01");

    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
    }

    private static ImportEmployeeCommand importAda(LocalDate hiredOn, String level) {
        return new ImportEmployeeCommand(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", level, "Payments",
                                         null, BOSS, hiredOn);
    }

    private static EmployeeHiredEvent hiredLongAgo() {
        return new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E1", "Payments", null,
                                      BOSS, null, LONG_AGO);
    }

    private static PromotionHistoryImportedEvent promotedFromE3(boolean current) {
        return new PromotionHistoryImportedEvent(ADA, "Engineering", "E3", "E4", PROMOTED, "workday", current);
    }

    @Test
    void anImportedHireBeforeTheFirstFrameworkIsPlacedInTheTermsOfTheFirstVersion() {
        fixture.givenNoPriorActivity().when(importAda(LONG_AGO, "E1")).expectEvents(hiredLongAgo());
        fixture.givenNoPriorActivity().when(importAda(LONG_AGO, "E9")).expectNoEvents()
               .expectException(violating(ErrorCode.NOT_IN_FRAMEWORK));
    }

    @Test
    void aPastLevelIsRecordedAsImportedAndOnlyOnce() {
        ImportLevelHistoryCommand level = new ImportLevelHistoryCommand(ADA, "Engineering", "E2", LocalDate.parse("2018-01-01"),
                                                                        "workday");
        LevelHistoryImportedEvent imported = new LevelHistoryImportedEvent(ADA, "Engineering", "E2",
                                                                           LocalDate.parse("2018-01-01"), "workday", true);
        fixture.given(hiredLongAgo()).when(level).expectEvents(imported);
        fixture.given(hiredLongAgo(), imported).when(level).expectNoEvents()
               .expectException(violating(ErrorCode.HISTORY_ALREADY_IMPORTED));
    }

    @Test
    void aPastPromotionStartsFromTheLevelHeldTheDayBefore() {
        fixture.given(hired())
               .when(new ImportPromotionHistoryCommand(ADA, "Engineering", "E3", "E4", PROMOTED, "workday"))
               .expectEvents(promotedFromE3(true));
        fixture.given(hired())
               .when(new ImportPromotionHistoryCommand(ADA, "Engineering", "E2", "E4", PROMOTED, "workday"))
               .expectNoEvents()
               .expectException(violating(ErrorCode.IMPORTED_HISTORY_INCONSISTENT));
        fixture.given(hired(), promotedFromE3(true))
               .when(new ImportPromotionHistoryCommand(ADA, "Engineering", "E3", "E4", PROMOTED, "workday"))
               .expectException(violating(ErrorCode.HISTORY_ALREADY_IMPORTED));
    }

    @Test
    void historyOlderThanALaterChangeIsNotTheCurrentRole() {
        EmployeeTransferredEvent movedLater = new EmployeeTransferredEvent(ADA, "Payments", "Fintech", BOSS, "Engineering",
                                                                           "E5", LocalDate.parse("2024-01-01"));
        fixture.given(hired(), movedLater)
               .when(new ImportPromotionHistoryCommand(ADA, "Engineering", "E3", "E4", PROMOTED, "workday"))
               .expectEvents(promotedFromE3(false));
        // the role held now is still the later one: a promotion from E5 is what fits after it
        fixture.given(hired(), movedLater, promotedFromE3(false))
               .when(new ImportPromotionHistoryCommand(ADA, "Engineering", "E5", "E6", LocalDate.parse("2024-06-01"),
                                                       "workday"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void importedHistoryCannotPredateTheHireOrLeaveTheFramework() {
        fixture.given(hired())
               .when(new ImportLevelHistoryCommand(ADA, "Engineering", "E2", LocalDate.parse("2020-06-01"), "workday"))
               .expectException(violating(ErrorCode.DATE_BEFORE_HIRE));
        fixture.given(hired())
               .when(new ImportLevelHistoryCommand(ADA, "Engineering", "E42", PROMOTED, "workday"))
               .expectException(violating(ErrorCode.NOT_IN_FRAMEWORK));
    }

    @Test
    void anImportedHireClaimsItsLoginNameLikeAnyHire() {
        UniqueLoginNamesTest.InMemoryRegistry registry = new UniqueLoginNamesTest.InMemoryRegistry();
        registry.claim("ada", CareerFixtures.BOSS);
        fixture.registerCommandHandlerInterceptor(new UniqueLoginNames(registry));
        fixture.givenNoPriorActivity().when(importAda(LONG_AGO, "E1"))
               .expectException(violating(ErrorCode.LOGIN_NAME_TAKEN));
        assertThat(registry.owners).containsEntry("ada", BOSS);
    }
}
