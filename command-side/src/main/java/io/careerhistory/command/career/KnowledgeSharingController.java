package io.careerhistory.command.career;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.Created;
import io.careerhistory.events.EmployeeId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** Talks, learning pods, hack weeks and passion projects: what an employee shares and builds beyond their team. */
@RestController
@RequestMapping("/api/employees/{employeeId}")
class KnowledgeSharingController {

    private final CommandSender commands;

    KnowledgeSharingController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/tech-talks")
    ResponseEntity<Map<String, String>> recordTalk(@PathVariable EmployeeId employeeId,
                                                   @Valid @RequestBody KnowledgeSharingRequests.RecordTechTalk request) {
        String talkId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, talkId));
        return Created.fact(employeeId, "talkId", talkId);
    }

    @PostMapping("/learning-pods")
    ResponseEntity<Map<String, String>> joinPod(@PathVariable EmployeeId employeeId,
                                                @Valid @RequestBody KnowledgeSharingRequests.JoinLearningPod request) {
        commands.send(request.toCommand(employeeId));
        return Created.fact(employeeId, "podId", request.podId());
    }

    @PostMapping("/learning-pods/{podId}/leave")
    ResponseEntity<Map<String, String>> leavePod(@PathVariable EmployeeId employeeId,
                                                 @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String podId,
                                                 @Valid @RequestBody KnowledgeSharingRequests.LeaveLearningPod request) {
        commands.send(request.toCommand(employeeId, podId));
        return Created.fact(employeeId, "podId", podId);
    }

    @PostMapping("/hack-week-projects")
    ResponseEntity<Map<String, String>> recordHackWeekProject(@PathVariable EmployeeId employeeId,
                                                              @Valid @RequestBody KnowledgeSharingRequests.RecordHackWeekProject request) {
        String projectId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, projectId));
        return Created.fact(employeeId, "projectId", projectId);
    }

    @PostMapping("/passion-projects")
    ResponseEntity<Map<String, String>> startPassionProject(@PathVariable EmployeeId employeeId,
                                                            @Valid @RequestBody KnowledgeSharingRequests.StartPassionProject request) {
        String projectId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, projectId));
        return Created.fact(employeeId, "projectId", projectId);
    }

    @PostMapping("/passion-projects/{projectId}/shipped")
    ResponseEntity<Map<String, String>> shipPassionProject(@PathVariable EmployeeId employeeId,
                                                           @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String projectId,
                                                           @Valid @RequestBody KnowledgeSharingRequests.ShipPassionProject request) {
        commands.send(request.toCommand(employeeId, projectId));
        return Created.fact(employeeId, "projectId", projectId);
    }

    @PostMapping("/passion-projects/{projectId}/stopped")
    ResponseEntity<Map<String, String>> stopPassionProject(@PathVariable EmployeeId employeeId,
                                                           @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String projectId,
                                                           @Valid @RequestBody KnowledgeSharingRequests.StopPassionProject request) {
        commands.send(request.toCommand(employeeId, projectId));
        return Created.fact(employeeId, "projectId", projectId);
    }
}
