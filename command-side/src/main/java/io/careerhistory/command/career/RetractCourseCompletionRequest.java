package io.careerhistory.command.career;

import io.careerhistory.command.api.HasHappened;
import io.careerhistory.events.EmployeeId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

record RetractCourseCompletionRequest(@NotBlank @Size(max = 500) String reason,
                                      @NotNull @HasHappened LocalDate retractedOn) {

    RetractCourseCompletionCommand toCommand(EmployeeId employeeId, String completionId) {
        return new RetractCourseCompletionCommand(employeeId, completionId, reason.strip(), retractedOn);
    }
}
