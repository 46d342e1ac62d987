package io.careerhistory.command.career;

import io.careerhistory.command.api.HasHappened;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseProvider;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

record RecordCourseCompletionRequest(@NotBlank @Size(max = 128) String courseId,
                                     @NotBlank @Size(max = 300) String title,
                                     @NotNull CourseProvider provider,
                                     @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
                                     @NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal hours,
                                     @NotNull @HasHappened LocalDate completedOn,
                                     @Size(max = 256) String sourceRef) {

    RecordCourseCompletionCommand toCommand(EmployeeId employeeId, String completionId) {
        return new RecordCourseCompletionCommand(employeeId, completionId, courseId.strip(), title.strip(), provider,
                                                 Text.stripped(skills),
                                                 hours, completedOn, Text.orNull(sourceRef));
    }
}
