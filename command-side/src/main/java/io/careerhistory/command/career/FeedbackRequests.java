package io.careerhistory.command.career;

import io.careerhistory.command.api.HasHappened;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.FeedbackDirection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The request bodies of {@link FeedbackController}. Who gave feedback, or reviewed, is the signed-in user. */
final class FeedbackRequests {

    private FeedbackRequests() {
    }

    /** The direction may be left out: it follows from who gives the feedback, and a wrong one is refused. */
    record RecordFeedback(FeedbackDirection direction,
                          @NotBlank @Size(max = 5000) String text,
                          @NotNull @HasHappened LocalDate receivedOn) {
        RecordFeedbackCommand toCommand(EmployeeId employeeId, String feedbackId, EmployeeId givenBy) {
            return new RecordFeedbackCommand(employeeId, feedbackId, direction, givenBy, text.strip(), receivedOn);
        }
    }

    record CompleteReview(@NotBlank @Size(max = 64) String period,
                          @NotBlank @Size(max = 10000) String selfReflection,
                          @NotBlank @Size(max = 10000) String managerAssessment,
                          @NotNull @HasHappened LocalDate completedOn) {
        CompleteReviewCommand toCommand(EmployeeId employeeId, String reviewId, EmployeeId reviewer) {
            return new CompleteReviewCommand(employeeId, reviewId, period.strip(), selfReflection.strip(), reviewer,
                                             managerAssessment.strip(), completedOn);
        }
    }

    record RecordRetroTakeaway(@NotBlank @Size(max = 200) String retrospective,
                               @NotBlank @Size(max = 2000) String takeaway,
                               @NotNull @HasHappened LocalDate recordedOn) {
        RecordRetroTakeawayCommand toCommand(EmployeeId employeeId, String takeawayId) {
            return new RecordRetroTakeawayCommand(employeeId, takeawayId, retrospective.strip(), takeaway.strip(),
                                                  recordedOn);
        }
    }
}
