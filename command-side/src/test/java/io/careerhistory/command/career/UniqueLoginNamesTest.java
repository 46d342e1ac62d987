package io.careerhistory.command.career;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.EmployeeHiredEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static io.careerhistory.command.career.CareerFixtures.ADA;
import static io.careerhistory.command.career.CareerFixtures.HIRED_ON;
import static org.assertj.core.api.Assertions.assertThat;

class UniqueLoginNamesTest {

    /** The registry's contract, in memory. */
    static final class InMemoryRegistry implements LoginNameRegistry {
        final Map<String, EmployeeId> owners = new HashMap<>();

        @Override
        public boolean claim(String loginName, EmployeeId employeeId) {
            return owners.computeIfAbsent(loginName, name -> employeeId).equals(employeeId);
        }

        @Override
        public void release(String loginName, EmployeeId employeeId) {
            owners.remove(loginName, employeeId);
        }
    }

    private final InMemoryRegistry registry = new InMemoryRegistry();
    private FixtureConfiguration<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = CareerFixtures.fixture();
        fixture.registerCommandHandlerInterceptor(new UniqueLoginNames(registry));
    }

    private static HireEmployeeCommand hire(EmployeeId id, String login, EmployeeId manager) {
        return new HireEmployeeCommand(id, "Ada Lovelace", "ada@example.com", login, "Engineering", "E3", "Payments",
                                       null, manager, null, HIRED_ON);
    }

    @Test
    void aHireClaimsItsLoginName() {
        fixture.givenNoPriorActivity()
               .when(hire(ADA, "ada", null))
               .expectEvents(new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3",
                                                    "Payments", null, null, null, HIRED_ON));
        assertThat(registry.owners).containsEntry("ada", ADA);
    }

    @Test
    void cannotHireSomeoneWithAnotherEmployeesLoginName() {
        registry.claim("ada", EmployeeId.of("first-ada"));
        fixture.givenNoPriorActivity()
               .when(hire(ADA, "ada", null))
               .expectNoEvents()
               .expectException(violating(ErrorCode.LOGIN_NAME_TAKEN));
    }

    @Test
    void aHireThatFailsGivesItsLoginNameBack() {
        fixture.givenNoPriorActivity()
               .when(hire(ADA, "ada", ADA))
               .expectException(violating(ErrorCode.SELF_MANAGEMENT));
        assertThat(registry.owners).doesNotContainKey("ada");
    }
}
