package io.careerhistory.readiness;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Imported history takes its place by date among the roles, whenever it was recorded; facts keep ids, not names. */
class CareerFactsTest {

    private static final EmployeeId ADA = EmployeeId.of("ada");

    @Test
    void importedLevelsAndPromotionsAreRolesHeldFromTheirDatesEvenWhenRecordedAfterLaterFacts() {
        CareerFacts facts = CareerFacts.of(List.of(
                new EmployeeHiredEvent(ADA, "Ada", "ada@example.com", "ada", "Engineering", "E1", "Payments", null, null,
                                       null, LocalDate.parse("2016-04-01")),
                new EmployeeTransferredEvent(ADA, "Payments", null, null, "Engineering", "E4", LocalDate.parse("2024-01-01")),
                new LevelHistoryImportedEvent(ADA, "Engineering", "E2", LocalDate.parse("2018-01-01"), "workday", false),
                new PromotionHistoryImportedEvent(ADA, "Engineering", "E2", "E3", LocalDate.parse("2021-04-01"), "workday",
                                                  false)));

        assertThat(facts.roleOn(LocalDate.parse("2017-01-01")).orElseThrow().level()).isEqualTo("E1");
        assertThat(facts.roleOn(LocalDate.parse("2019-01-01")).orElseThrow().level()).isEqualTo("E2");
        assertThat(facts.roleOn(LocalDate.parse("2022-01-01")).orElseThrow().since()).isEqualTo("2021-04-01");
        assertThat(facts.currentRole().orElseThrow().level()).isEqualTo("E4");
    }

    @Test
    void theTeamOnADateIsTheLastPlacementFromThatDateEvenWhenATransferIsRecordedAfterALaterOne() {
        CareerFacts facts = CareerFacts.of(List.of(
                new EmployeeHiredEvent(ADA, "Ada", "ada@example.com", "ada", "Engineering", "E3", "Payments", null, null,
                                       null, LocalDate.parse("2020-01-01")),
                new EmployeeTransferredEvent(ADA, "Search", null, null, "Engineering", "E3",
                                             LocalDate.parse("2024-01-01")),
                new EmployeeTransferredEvent(ADA, "Ads", null, null, "Engineering", "E3",
                                             LocalDate.parse("2022-01-01"))));

        assertThat(facts.teamOn(LocalDate.parse("2019-12-31"))).isNull();
        assertThat(facts.teamOn(LocalDate.parse("2020-01-01"))).isEqualTo("Payments");
        assertThat(facts.teamOn(LocalDate.parse("2023-06-01"))).isEqualTo("Ads");
        assertThat(facts.teamOn(LocalDate.parse("2024-01-01"))).isEqualTo("Search");
    }

    @Test
    void aMentorshipGivenKeepsTheMenteesIdInItsTitleWhereAReaderFindsItToShowTheName() {
        CareerFacts facts = CareerFacts.of(List.of(
                new EmployeeHiredEvent(ADA, "Ada", "ada@example.com", "ada", "Engineering", "E3", "Payments", null, null,
                                       null, LocalDate.parse("2016-04-01")),
                new MentoringGivenEvent(ADA, "m1", EmployeeId.of("bob-2"), MentorshipKind.REVERSE, "rust on embedded",
                                        LocalDate.parse("2024-01-01"))));

        CareerFacts.Fact given = facts.mentoringGiven().get(0);
        assertThat(given.title()).isEqualTo("Mentored bob-2 on rust on embedded");
        assertThat(CareerFacts.menteeOf(given.kind(), given.title())).contains("bob-2");
        assertThat(CareerFacts.menteeOf("COURSE", "Mentored bob-2 on rust")).isEmpty();
        assertThat(CareerFacts.menteeOf(given.kind(), "Coached bob-2")).isEmpty();
    }
}
