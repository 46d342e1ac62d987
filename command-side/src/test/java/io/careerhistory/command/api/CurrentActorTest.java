package io.careerhistory.command.api;

import io.careerhistory.events.EmployeeId;
import org.junit.jupiter.api.Test;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CurrentActorTest {

    private static CurrentActor signedInAs(String name, EmployeeId employee) {
        return new CurrentActor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public EmployeeId actingEmployee() {
                return employee;
            }
        };
    }

    @Test
    void aUserWhoseLoginIsAnEmployeesActsAsThatEmployee() {
        assertThat(signedInAs("ada", EmployeeId.of("e-1")).requireEmployee()).isEqualTo(EmployeeId.of("e-1"));
    }

    @Test
    void aUserWhoIsNoEmployeeCannotActAsOne() {
        Throwable refused = catchThrowable(() -> signedInAs("admin", null).requireEmployee());

        assertThat(refused).isInstanceOf(BusinessRuleViolation.class);
        assertThat(violating(ErrorCode.NOT_AN_EMPLOYEE).matches(refused)).isTrue();
    }
}
