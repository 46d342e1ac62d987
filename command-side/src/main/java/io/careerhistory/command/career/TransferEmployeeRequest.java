package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Only what changes need be given. */
record TransferEmployeeRequest(@Size(max = 128) String team,
                               @Size(max = 128) String tribe,
                               @Pattern(regexp = EmployeeId.PATTERN, message = "must be an employee id") String managerId,
                               @Size(max = 64) String track,
                               @Size(max = 64) String level,
                               @NotNull LocalDate effectiveOn) {

    TransferEmployeeCommand toCommand(EmployeeId employeeId) {
        return new TransferEmployeeCommand(employeeId, Text.orNull(team), Text.orNull(tribe),
                                           managerId == null ? null : EmployeeId.of(managerId),
                                           Text.orNull(track), Text.orNull(level), effectiveOn);
    }
}
