package io.careerhistory.command.promotion;

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

/** Promotion cases: nomination, committee, evidence, reviews, the chair's decision, and the opt-in announcement. */
@RestController
@RequestMapping("/api/promotions")
class PromotionController {

    private static final String CASE_ID = "caseId";

    private final CommandSender commands;
    private final CurrentActor caller;

    PromotionController(CommandSender commands, CurrentActor caller) {
        this.commands = commands;
        this.caller = caller;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> nominate(@Valid @RequestBody PromotionRequests.Nominate request) {
        String caseId = UUID.randomUUID().toString();
        commands.send(request.toCommand(caseId, caller.requireEmployee()));
        return Created.ids(CASE_ID, caseId, "employeeId", request.employeeId());
    }

    @PostMapping("/{caseId}/committee")
    ResponseEntity<Map<String, String>> assignCommittee(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String caseId,
                                                        @Valid @RequestBody PromotionRequests.Committee request) {
        commands.send(request.toCommand(caseId));
        return Created.ids(CASE_ID, caseId);
    }

    @PostMapping("/{caseId}/evidence")
    ResponseEntity<Map<String, String>> attachEvidence(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String caseId,
                                                       @Valid @RequestBody PromotionRequests.Evidence request) {
        commands.send(request.toCommand(caseId));
        return Created.ids(CASE_ID, caseId);
    }

    @PostMapping("/{caseId}/reviews")
    ResponseEntity<Map<String, String>> review(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String caseId,
                                               @Valid @RequestBody PromotionRequests.Review request) {
        EmployeeId reviewer = caller.requireEmployee();
        commands.send(request.toCommand(caseId, reviewer));
        return Created.ids(CASE_ID, caseId, "reviewerId", reviewer.value());
    }

    @PostMapping("/{caseId}/decision")
    ResponseEntity<Map<String, String>> decide(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String caseId,
                                               @Valid @RequestBody PromotionRequests.Decision request) {
        commands.send(request.toCommand(caseId, caller.requireEmployee()));
        return Created.ids(CASE_ID, caseId);
    }

    @PostMapping("/{caseId}/announcement-consent")
    ResponseEntity<Map<String, String>> optIn(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String caseId,
                                              @Valid @RequestBody PromotionRequests.Consent request) {
        commands.send(request.toCommand(caseId, caller.requireEmployee()));
        return Created.ids(CASE_ID, caseId);
    }

    @PostMapping("/{caseId}/announcement")
    ResponseEntity<Map<String, String>> announce(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String caseId,
                                                 @Valid @RequestBody PromotionRequests.Announcement request) {
        commands.send(request.toCommand(caseId));
        return Created.ids(CASE_ID, caseId);
    }
}
