package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;

import java.time.LocalDate;

/** The employee most fixture tests start from: Ada, hired on 2023-02-01 into Engineering E3, Payments. */
final class CareerFixtures {

    static final EmployeeId ADA = EmployeeId.of("ada");
    static final EmployeeId BOSS = EmployeeId.of("boss");
    static final LocalDate HIRED_ON = LocalDate.parse("2023-02-01");
    static final LocalDate MARCH_5 = LocalDate.parse("2024-03-05");

    private CareerFixtures() {
    }

    static EmployeeHiredEvent hired() {
        return new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3", "Payments",
                                      "Fintech", BOSS, null, HIRED_ON);
    }

    static EmployeeDepartedEvent departed() {
        return new EmployeeDepartedEvent(ADA, MARCH_5, "moved abroad");
    }
}
