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

/** The personal development plan: goals proposed by one side, agreed by the other, worked on, achieved or dropped. */
@RestController
@RequestMapping("/api/employees/{employeeId}/development-goals")
class DevelopmentPlanController {

    private final CommandSender commands;

    DevelopmentPlanController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> propose(@PathVariable EmployeeId employeeId,
                                                @Valid @RequestBody DevelopmentPlanRequests.ProposeGoal request) {
        String goalId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, goalId));
        return Created.fact(employeeId, "goalId", goalId);
    }

    @PostMapping("/{goalId}/agreement")
    ResponseEntity<Map<String, String>> agree(@PathVariable EmployeeId employeeId, @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String goalId,
                                              @Valid @RequestBody DevelopmentPlanRequests.AgreeGoal request) {
        commands.send(request.toCommand(employeeId, goalId));
        return Created.fact(employeeId, "goalId", goalId);
    }

    @PostMapping("/{goalId}/progress")
    ResponseEntity<Map<String, String>> noteProgress(@PathVariable EmployeeId employeeId,
                                                     @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String goalId,
                                                     @Valid @RequestBody DevelopmentPlanRequests.NoteProgress request) {
        commands.send(request.toCommand(employeeId, goalId));
        return Created.fact(employeeId, "goalId", goalId);
    }

    @PostMapping("/{goalId}/achieved")
    ResponseEntity<Map<String, String>> achieve(@PathVariable EmployeeId employeeId,
                                                @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String goalId,
                                                @Valid @RequestBody DevelopmentPlanRequests.AchieveGoal request) {
        commands.send(request.toCommand(employeeId, goalId));
        return Created.fact(employeeId, "goalId", goalId);
    }

    @PostMapping("/{goalId}/dropped")
    ResponseEntity<Map<String, String>> drop(@PathVariable EmployeeId employeeId, @PathVariable @Pattern(regexp = EmployeeId.PATTERN) String goalId,
                                             @Valid @RequestBody DevelopmentPlanRequests.DropGoal request) {
        commands.send(request.toCommand(employeeId, goalId));
        return Created.fact(employeeId, "goalId", goalId);
    }
}
