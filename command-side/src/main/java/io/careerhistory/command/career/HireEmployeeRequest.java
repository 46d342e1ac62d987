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
                           @NotBlank @Size(max = 64) String track,
                           @NotBlank @Size(max = 64) String level,
                           @NotBlank @Size(max = 128) String team,
                           @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be an employee id") String managerId,
                           @NotNull LocalDate hiredOn) {

    HireEmployeeCommand toCommand(EmployeeId employeeId) {
        return new HireEmployeeCommand(employeeId, name.strip(), email.strip(), track.strip(), level.strip(),
                                       team.strip(), managerId == null ? null : EmployeeId.of(managerId), hiredOn);
    }
}
