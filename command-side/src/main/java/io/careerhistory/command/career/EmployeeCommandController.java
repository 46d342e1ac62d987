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
    ResponseEntity<Map<String, String>> hire(@Valid @RequestBody HireEmployeeRequest request,
                                             @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        EmployeeId employeeId = EmployeeId.random();
        commands.send(request.toCommand(employeeId), actor);
        return ResponseEntity.created(URI.create("/api/employees/" + employeeId))
                             .body(Map.of("employeeId", employeeId.value()));
    }

    @PostMapping("/{employeeId}/course-completions")
    ResponseEntity<Map<String, String>> recordCompletion(@PathVariable EmployeeId employeeId,
                                                         @Valid @RequestBody RecordCourseCompletionRequest request,
                                                         @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        String completionId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, completionId), actor);
        return ResponseEntity.created(URI.create("/api/employees/" + employeeId + "/timeline"))
                             .body(Map.of("employeeId", employeeId.value(), "completionId", completionId));
    }

    @PostMapping("/{employeeId}/course-completions/{completionId}/retraction")
    ResponseEntity<Map<String, String>> retractCompletion(@PathVariable EmployeeId employeeId,
                                                          @PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String completionId,
                                                          @Valid @RequestBody RetractCourseCompletionRequest request,
                                                          @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        commands.send(request.toCommand(employeeId, completionId), actor);
        return ResponseEntity.created(URI.create("/api/employees/" + employeeId + "/timeline"))
                             .body(Map.of("employeeId", employeeId.value(), "completionId", completionId));
    }

    @PostMapping("/{employeeId}/transfers")
    ResponseEntity<Map<String, String>> transfer(@PathVariable EmployeeId employeeId,
                                                 @Valid @RequestBody TransferEmployeeRequest request,
                                                 @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        commands.send(request.toCommand(employeeId), actor);
        return ResponseEntity.created(URI.create("/api/employees/" + employeeId + "/timeline"))
                             .body(Map.of("employeeId", employeeId.value()));
    }

    @PostMapping("/{employeeId}/departure")
    ResponseEntity<Map<String, String>> depart(@PathVariable EmployeeId employeeId,
                                               @Valid @RequestBody RecordDepartureRequest request,
                                               @RequestHeader(value = CommandSender.ACTOR_HEADER, required = false) String actor) {
        commands.send(request.toCommand(employeeId), actor);
        return ResponseEntity.created(URI.create("/api/employees/" + employeeId + "/timeline"))
                             .body(Map.of("employeeId", employeeId.value()));
    }
}
