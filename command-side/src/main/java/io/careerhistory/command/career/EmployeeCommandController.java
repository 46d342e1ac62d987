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

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/employees")
class EmployeeCommandController {

    private final CommandSender commands;

    EmployeeCommandController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> hire(@Valid @RequestBody HireEmployeeRequest request) {
        EmployeeId employeeId = EmployeeId.random();
        commands.send(request.toCommand(employeeId));
        return ResponseEntity.created(URI.create("/api/employees/" + employeeId))
                             .body(Map.of("employeeId", employeeId.value()));
    }

    @PostMapping("/{employeeId}/course-completions")
    ResponseEntity<Map<String, String>> recordCompletion(@PathVariable EmployeeId employeeId,
                                                         @Valid @RequestBody RecordCourseCompletionRequest request) {
        String completionId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, completionId));
        return Created.fact(employeeId, "completionId", completionId);
    }

    @PostMapping("/{employeeId}/course-completions/{completionId}/retraction")
    ResponseEntity<Map<String, String>> retractCompletion(@PathVariable EmployeeId employeeId,
                                                          @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String completionId,
                                                          @Valid @RequestBody RetractCourseCompletionRequest request) {
        commands.send(request.toCommand(employeeId, completionId));
        return Created.fact(employeeId, "completionId", completionId);
    }

    @PostMapping("/{employeeId}/transfers")
    ResponseEntity<Map<String, String>> transfer(@PathVariable EmployeeId employeeId,
                                                 @Valid @RequestBody TransferEmployeeRequest request) {
        commands.send(request.toCommand(employeeId));
        return Created.fact(employeeId);
    }

    @PostMapping("/{employeeId}/departure")
    ResponseEntity<Map<String, String>> depart(@PathVariable EmployeeId employeeId,
                                               @Valid @RequestBody RecordDepartureRequest request) {
        commands.send(request.toCommand(employeeId));
        return Created.fact(employeeId);
    }
}
