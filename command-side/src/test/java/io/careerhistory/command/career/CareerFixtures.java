package io.careerhistory.command.career;

import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.command.standing.FrameworkInForce;
import io.careerhistory.command.standing.Standing;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The employee most fixture tests start from: Ada, hired on 2023-02-01 into Engineering E3, Payments. */
final class CareerFixtures {

    static final EmployeeId ADA = EmployeeId.of("ada");
    static final EmployeeId BOSS = EmployeeId.of("boss");
    /** Hired on 2021-06-01, left on 2025-01-31. */
    static final EmployeeId FORMER_BOSS = EmployeeId.of("former-boss");
    /** Reports to Ada since 2023-06-01: their feedback to her is upward. */
    static final EmployeeId ADAS_REPORT = EmployeeId.of("adas-report");
    /** Leads the Design Systems team, employed since 2020: the host lead of a rotation there. */
    static final EmployeeId DESIGN_LEAD = EmployeeId.of("design-lead");
    static final LocalDate HIRED_ON = LocalDate.parse("2023-02-01");
    static final LocalDate MARCH_5 = LocalDate.parse("2024-03-05");

    /** Engineering E1-E7, Product P1-P6, Design D1-D5, Data DA1-DA6, ranked by their numbers, in force from 2020. */
    static final FrameworkVersionPublishedEvent FRAMEWORK = new FrameworkVersionPublishedEvent(
            "career-framework", 1, LocalDate.parse("2020-01-01"),
            List.of(track("Engineering", "E", 7), track("Product", "P", 6), track("Design", "D", 5), track("Data", "DA", 6)));

    private CareerFixtures() {
    }

    /**
     * A fixture for EmployeeCareer with {@link #FRAMEWORK} as the framework in force, and as other employees
     * {@link #BOSS}, employed since 2020 in Payments, {@link #FORMER_BOSS}, {@link #ADAS_REPORT} and
     * {@link #DESIGN_LEAD}.
     */
    static FixtureConfiguration<EmployeeCareer> fixture() {
        FixtureConfiguration<EmployeeCareer> fixture = new AggregateTestFixture<>(EmployeeCareer.class);
        FrameworkInForce frameworks = FrameworkInForce.only(FRAMEWORK);
        fixture.registerInjectableResource(frameworks);
        fixture.registerInjectableResource(STANDINGS);
        return fixture;
    }

    private static final EmployeeStandings STANDINGS = (id, on) -> {
        if (id.equals(BOSS)) {
            LocalDate hiredOn = LocalDate.parse("2020-01-01");
            return Optional.of(new Standing(BOSS, hiredOn, !on.isBefore(hiredOn), "Engineering", "E6", 6, null,
                                            "Payments"));
        }
        if (id.equals(FORMER_BOSS)) {
            LocalDate hiredOn = LocalDate.parse("2021-06-01");
            boolean employed = !on.isBefore(hiredOn) && on.isBefore(LocalDate.parse("2025-01-31"));
            return Optional.of(new Standing(FORMER_BOSS, hiredOn, employed, "Engineering", "E6", 6, null, "Payments"));
        }
        if (id.equals(ADAS_REPORT)) {
            LocalDate hiredOn = LocalDate.parse("2023-06-01");
            return Optional.of(new Standing(ADAS_REPORT, hiredOn, !on.isBefore(hiredOn), "Engineering", "E2", 2, ADA,
                                            "Payments"));
        }
        if (id.equals(DESIGN_LEAD)) {
            LocalDate hiredOn = LocalDate.parse("2020-01-01");
            return Optional.of(new Standing(DESIGN_LEAD, hiredOn, !on.isBefore(hiredOn), "Design", "D5", 5, null,
                                            "Design Systems"));
        }
        return Optional.empty();
    };

    private static TrackDefinition track(String name, String prefix, int levels) {
        return new TrackDefinition(name, IntStream.rangeClosed(1, levels)
                                                  .mapToObj(rank -> new LevelDefinition(prefix + rank, name + " " + rank,
                                                                                        rank, List.of()))
                                                  .toList());
    }

    static EmployeeHiredEvent hired() {
        return new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3", "Payments",
                                      "Fintech", BOSS, null, HIRED_ON);
    }

    static EmployeeDepartedEvent departed() {
        return new EmployeeDepartedEvent(ADA, MARCH_5, "moved abroad");
    }
}
