package io.careerhistory.command.mentorship;

import io.careerhistory.command.api.HasHappened;
import io.careerhistory.command.career.Text;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorshipKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of {@link MentorshipController}. */
final class MentorshipRequests {

    private static final String EMPLOYEE_ID_MESSAGE = "must be an employee id";

    private MentorshipRequests() {
    }

    record Request(@NotBlank @Pattern(regexp = EmployeeId.PATTERN, message = EMPLOYEE_ID_MESSAGE) String menteeId,
                   @NotNull MentorshipKind kind,
                   @NotBlank @Size(max = 200) String topic,
                   @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 300) String> goals,
                   @NotNull @HasHappened LocalDate requestedOn) {
        RequestMentorshipCommand toCommand(String mentorshipId) {
            return new RequestMentorshipCommand(mentorshipId, EmployeeId.of(menteeId), kind, topic.strip(),
                                                goals.stream().map(String::strip).distinct().toList(), requestedOn);
        }
    }

    record Match(@NotBlank @Pattern(regexp = EmployeeId.PATTERN, message = EMPLOYEE_ID_MESSAGE) String mentorId,
                 @NotNull @HasHappened LocalDate matchedOn) {
        MatchMentorCommand toCommand(String mentorshipId) {
            return new MatchMentorCommand(mentorshipId, EmployeeId.of(mentorId), matchedOn);
        }
    }

    record Session(@NotNull @Min(1) @Max(480) Integer minutes,
                   @Size(max = 2000) String notes,
                   @NotNull @HasHappened LocalDate heldOn) {
        LogMentorshipSessionCommand toCommand(String mentorshipId, String sessionId) {
            return new LogMentorshipSessionCommand(mentorshipId, sessionId, minutes, Text.orNull(notes), heldOn);
        }
    }

    record GoalAchieved(@NotBlank @Size(max = 300) String goal, @NotNull @HasHappened LocalDate achievedOn) {
        AchieveMentorshipGoalCommand toCommand(String mentorshipId) {
            return new AchieveMentorshipGoalCommand(mentorshipId, goal.strip(), achievedOn);
        }
    }

    record Conclusion(@NotBlank @Size(max = 2000) String menteeFeedback,
                      @NotBlank @Size(max = 2000) String mentorFeedback,
                      @NotNull @HasHappened LocalDate concludedOn) {
        ConcludeMentorshipCommand toCommand(String mentorshipId) {
            return new ConcludeMentorshipCommand(mentorshipId, menteeFeedback.strip(), mentorFeedback.strip(), concludedOn);
        }
    }

    record Cancellation(@NotBlank @Size(max = 1000) String reason, @NotNull @HasHappened LocalDate cancelledOn) {
        CancelMentorshipCommand toCommand(String mentorshipId) {
            return new CancelMentorshipCommand(mentorshipId, reason.strip(), cancelledOn);
        }
    }
}
