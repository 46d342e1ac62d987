package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.FeedbackDirection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The request bodies of {@link FeedbackController}. */
final class FeedbackRequests {

    private FeedbackRequests() {
    }

    record RecordFeedback(@NotNull FeedbackDirection direction,
                          @NotBlank @Pattern(regexp = EmployeeId.PATTERN, message = "must be an employee id") String givenBy,
                          @NotBlank @Size(max = 5000) String text,
                          @NotNull LocalDate receivedOn) {
        RecordFeedbackCommand toCommand(EmployeeId employeeId, String feedbackId) {
            return new RecordFeedbackCommand(employeeId, feedbackId, direction, EmployeeId.of(givenBy), text.strip(),
                                             receivedOn);
        }
    }

    record CompleteReview(@NotBlank @Size(max = 64) String period,
                          @NotBlank @Size(max = 10000) String selfReflection,
                          @NotBlank @Pattern(regexp = EmployeeId.PATTERN, message = "must be an employee id") String reviewerId,
                          @NotBlank @Size(max = 10000) String managerAssessment,
                          @NotNull LocalDate completedOn) {
        CompleteReviewCommand toCommand(EmployeeId employeeId, String reviewId) {
            return new CompleteReviewCommand(employeeId, reviewId, period.strip(), selfReflection.strip(),
                                             EmployeeId.of(reviewerId), managerAssessment.strip(), completedOn);
        }
    }

    record RecordRetroTakeaway(@NotBlank @Size(max = 200) String retrospective,
                               @NotBlank @Size(max = 2000) String takeaway,
                               @NotNull LocalDate recordedOn) {
        RecordRetroTakeawayCommand toCommand(EmployeeId employeeId, String takeawayId) {
            return new RecordRetroTakeawayCommand(employeeId, takeawayId, retrospective.strip(), takeaway.strip(),
                                                  recordedOn);
        }
    }
}
