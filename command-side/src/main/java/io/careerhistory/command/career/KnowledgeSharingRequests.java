package io.careerhistory.command.career;

import io.careerhistory.command.api.HasHappened;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.HackWeekOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The request bodies of {@link KnowledgeSharingController}, each with its validation and its command. */
final class KnowledgeSharingRequests {

    private KnowledgeSharingRequests() {
    }

    record RecordTechTalk(@NotBlank @Size(max = 300) String title,
                          @NotBlank @Size(max = 200) String venue,
                          @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
                          @NotNull @HasHappened LocalDate givenOn) {
        RecordTechTalkCommand toCommand(EmployeeId employeeId, String talkId) {
            return new RecordTechTalkCommand(employeeId, talkId, title.strip(), venue.strip(), Text.stripped(skills), givenOn);
        }
    }

    record JoinLearningPod(@NotBlank @Pattern(regexp = EmployeeId.PATTERN, message = "must be a pod id") String podId,
                           @NotBlank @Size(max = 200) String podName,
                           @NotBlank @Size(max = 200) String topic,
                           @NotNull @HasHappened LocalDate joinedOn) {
        JoinLearningPodCommand toCommand(EmployeeId employeeId) {
            return new JoinLearningPodCommand(employeeId, podId, podName.strip(), topic.strip(), joinedOn);
        }
    }

    record LeaveLearningPod(@NotNull @HasHappened LocalDate leftOn) {
        LeaveLearningPodCommand toCommand(EmployeeId employeeId, String podId) {
            return new LeaveLearningPodCommand(employeeId, podId, leftOn);
        }
    }

    record RecordHackWeekProject(@NotBlank @Size(max = 64) String hackWeek,
                                 @NotBlank @Size(max = 300) String title,
                                 @NotNull HackWeekOutcome outcome,
                                 @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
                                 @NotNull @HasHappened LocalDate endedOn) {
        RecordHackWeekProjectCommand toCommand(EmployeeId employeeId, String projectId) {
            return new RecordHackWeekProjectCommand(employeeId, projectId, hackWeek.strip(), title.strip(), outcome,
                                                    Text.stripped(skills), endedOn);
        }
    }

    record StartPassionProject(@NotBlank @Size(max = 300) String title,
                               @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
                               @NotNull @HasHappened LocalDate startedOn) {
        StartPassionProjectCommand toCommand(EmployeeId employeeId, String projectId) {
            return new StartPassionProjectCommand(employeeId, projectId, title.strip(), Text.stripped(skills), startedOn);
        }
    }

    record ShipPassionProject(@NotBlank @Size(max = 1000) String outcome, @NotNull @HasHappened LocalDate shippedOn) {
        ShipPassionProjectCommand toCommand(EmployeeId employeeId, String projectId) {
            return new ShipPassionProjectCommand(employeeId, projectId, outcome.strip(), shippedOn);
        }
    }

    record StopPassionProject(@NotBlank @Size(max = 1000) String reason, @NotNull @HasHappened LocalDate stoppedOn) {
        StopPassionProjectCommand toCommand(EmployeeId employeeId, String projectId) {
            return new StopPassionProjectCommand(employeeId, projectId, reason.strip(), stoppedOn);
        }
    }
}
