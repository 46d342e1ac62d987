package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

record RecordDepartureRequest(@NotNull LocalDate departedOn, @Size(max = 500) String reason) {

    RecordDepartureCommand toCommand(EmployeeId employeeId) {
        return new RecordDepartureCommand(employeeId, departedOn, Text.orNull(reason));
    }
}
