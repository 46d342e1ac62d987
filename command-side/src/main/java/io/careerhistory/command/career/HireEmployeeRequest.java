package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

record HireEmployeeRequest(@NotBlank @Size(max = 200) String name,
                           @NotBlank @Email @Size(max = 320) String email,
                           @NotBlank @Pattern(regexp = LoginNameShape.PATTERN, message = "must be " + LoginNameShape.RULE)
                           String loginName,
                           @NotBlank @Size(max = 64) String track,
                           @NotBlank @Size(max = 64) String level,
                           @NotBlank @Size(max = 128) String team,
                           @Size(max = 128) String tribe,
                           @Pattern(regexp = EmployeeId.PATTERN, message = "must be an employee id") String managerId,
                           @Size(max = 128) String selfIdentifiedGroup,
                           @NotNull LocalDate hiredOn) {

    HireEmployeeCommand toCommand(EmployeeId employeeId) {
        return new HireEmployeeCommand(employeeId, name.strip(), email.strip(), loginName, track.strip(), level.strip(),
                                       team.strip(), Text.orNull(tribe), managerId == null ? null : EmployeeId.of(managerId),
                                       Text.orNull(selfIdentifiedGroup), hiredOn);
    }
}
