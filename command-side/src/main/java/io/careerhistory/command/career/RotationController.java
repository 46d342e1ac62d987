package io.careerhistory.command.career;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.Created;
import io.careerhistory.command.api.CurrentActor;
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

/** The job-rotation program: proposed, approved by the host team, started, extended, completed or cancelled. */
@RestController
@RequestMapping("/api/employees/{employeeId}/rotations")
class RotationController {

    private final CommandSender commands;
    private final CurrentActor caller;

    RotationController(CommandSender commands, CurrentActor caller) {
        this.commands = commands;
        this.caller = caller;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> propose(@PathVariable EmployeeId employeeId,
                                                @Valid @RequestBody RotationRequests.Propose request) {
        String rotationId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, rotationId));
        return Created.fact(employeeId, "rotationId", rotationId);
    }

    @PostMapping("/{rotationId}/approval")
    ResponseEntity<Map<String, String>> approve(@PathVariable EmployeeId employeeId,
                                                @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String rotationId,
                                                @Valid @RequestBody RotationRequests.Approve request) {
        commands.send(request.toCommand(employeeId, rotationId, caller.requireEmployee()));
        return Created.fact(employeeId, "rotationId", rotationId);
    }

    @PostMapping("/{rotationId}/start")
    ResponseEntity<Map<String, String>> start(@PathVariable EmployeeId employeeId,
                                              @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String rotationId,
                                              @Valid @RequestBody RotationRequests.Start request) {
        commands.send(request.toCommand(employeeId, rotationId));
        return Created.fact(employeeId, "rotationId", rotationId);
    }

    @PostMapping("/{rotationId}/extension")
    ResponseEntity<Map<String, String>> extend(@PathVariable EmployeeId employeeId,
                                               @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String rotationId,
                                               @Valid @RequestBody RotationRequests.Extend request) {
        commands.send(request.toCommand(employeeId, rotationId));
        return Created.fact(employeeId, "rotationId", rotationId);
    }

    @PostMapping("/{rotationId}/completion")
    ResponseEntity<Map<String, String>> complete(@PathVariable EmployeeId employeeId,
                                                 @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String rotationId,
                                                 @Valid @RequestBody RotationRequests.Complete request) {
        commands.send(request.toCommand(employeeId, rotationId));
        return Created.fact(employeeId, "rotationId", rotationId);
    }

    @PostMapping("/{rotationId}/cancellation")
    ResponseEntity<Map<String, String>> cancel(@PathVariable EmployeeId employeeId,
                                               @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String rotationId,
                                               @Valid @RequestBody RotationRequests.Cancel request) {
        commands.send(request.toCommand(employeeId, rotationId));
        return Created.fact(employeeId, "rotationId", rotationId);
    }
}
