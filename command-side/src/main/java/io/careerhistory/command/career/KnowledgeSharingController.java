package io.careerhistory.command.career;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.events.EmployeeId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** Talks, learning pods, hack weeks and passion projects: what an employee shares and builds beyond their team. */
@RestController
@RequestMapping("/api/employees/{employeeId}")
class KnowledgeSharingController {

    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    private final CommandSender commands;

    KnowledgeSharingController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/tech-talks")
    ResponseEntity<Map<String, String>> recordTalk(@PathVariable EmployeeId employeeId,
                                                   @Valid @RequestBody KnowledgeSharingRequests.RecordTechTalk request,
                                                   @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        String talkId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, talkId), actor);
        return Created.fact(employeeId, "talkId", talkId);
    }

    @PostMapping("/learning-pods")
    ResponseEntity<Map<String, String>> joinPod(@PathVariable EmployeeId employeeId,
                                                @Valid @RequestBody KnowledgeSharingRequests.JoinLearningPod request,
                                                @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        commands.send(request.toCommand(employeeId), actor);
        return Created.fact(employeeId, "podId", request.podId());
    }

    @PostMapping("/learning-pods/{podId}/leave")
    ResponseEntity<Map<String, String>> leavePod(@PathVariable EmployeeId employeeId,
                                                 @PathVariable @Pattern(regexp = ID) String podId,
                                                 @Valid @RequestBody KnowledgeSharingRequests.LeaveLearningPod request,
                                                 @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        commands.send(request.toCommand(employeeId, podId), actor);
        return Created.fact(employeeId, "podId", podId);
    }

    @PostMapping("/hack-week-projects")
    ResponseEntity<Map<String, String>> recordHackWeekProject(@PathVariable EmployeeId employeeId,
                                                              @Valid @RequestBody KnowledgeSharingRequests.RecordHackWeekProject request,
                                                              @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        String projectId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, projectId), actor);
        return Created.fact(employeeId, "projectId", projectId);
    }

    @PostMapping("/passion-projects")
    ResponseEntity<Map<String, String>> startPassionProject(@PathVariable EmployeeId employeeId,
                                                            @Valid @RequestBody KnowledgeSharingRequests.StartPassionProject request,
                                                            @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        String projectId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, projectId), actor);
        return Created.fact(employeeId, "projectId", projectId);
    }

    @PostMapping("/passion-projects/{projectId}/shipped")
    ResponseEntity<Map<String, String>> shipPassionProject(@PathVariable EmployeeId employeeId,
                                                           @PathVariable @Pattern(regexp = ID) String projectId,
                                                           @Valid @RequestBody KnowledgeSharingRequests.ShipPassionProject request,
                                                           @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        commands.send(request.toCommand(employeeId, projectId), actor);
        return Created.fact(employeeId, "projectId", projectId);
    }

    @PostMapping("/passion-projects/{projectId}/stopped")
    ResponseEntity<Map<String, String>> stopPassionProject(@PathVariable EmployeeId employeeId,
                                                           @PathVariable @Pattern(regexp = ID) String projectId,
                                                           @Valid @RequestBody KnowledgeSharingRequests.StopPassionProject request,
                                                           @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        commands.send(request.toCommand(employeeId, projectId), actor);
        return Created.fact(employeeId, "projectId", projectId);
    }
}
