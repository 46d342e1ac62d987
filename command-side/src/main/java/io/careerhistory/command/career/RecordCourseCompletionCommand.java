package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseProvider;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record RecordCourseCompletionCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                            String completionId,
                                            String courseId,
                                            String title,
                                            CourseProvider provider,
                                            List<String> skills,
                                            BigDecimal hours,
                                            LocalDate completedOn,
                                            String sourceRef) {
}
