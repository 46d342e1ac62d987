package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;

/**
 * Records the hire of someone who joined before this system was in use, from an import of another system's records
 * (the import names itself and its source as the actor). As a hire, except that a hire dated before the first career framework version is placed in the
 * terms of that first version, since that is what the other system's levels were mapped to.
 */
public record ImportEmployeeCommand(EmployeeId employeeId,
                                    String name,
                                    String email,
                                    String loginName,
                                    String track,
                                    String level,
                                    String team,
                                    String tribe,
                                    EmployeeId managerId,
                                    LocalDate hiredOn) implements ClaimsLoginName {

    /** The hire it records: no group attribute, which only the person themselves volunteers. */
    HireEmployeeCommand asHire() {
        return new HireEmployeeCommand(employeeId, name, email, loginName, track, level, team, tribe, managerId, null,
                                       hiredOn);
    }
}
