package io.careerhistory.command.career;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.Created;
import io.careerhistory.command.api.CurrentActor;
import io.careerhistory.events.EmployeeId;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** Continuous feedback, two-way reviews and retrospective takeaways. */
@RestController
@RequestMapping("/api/employees/{employeeId}")
class FeedbackController {

    private final CommandSender commands;
    private final CurrentActor caller;

    FeedbackController(CommandSender commands, CurrentActor caller) {
        this.commands = commands;
        this.caller = caller;
    }

    @PostMapping("/feedback")
    ResponseEntity<Map<String, String>> recordFeedback(@PathVariable EmployeeId employeeId,
                                                       @Valid @RequestBody FeedbackRequests.RecordFeedback request) {
        String feedbackId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, feedbackId, caller.requireEmployee()));
        return Created.fact(employeeId, "feedbackId", feedbackId);
    }

    @PostMapping("/reviews")
    ResponseEntity<Map<String, String>> completeReview(@PathVariable EmployeeId employeeId,
                                                       @Valid @RequestBody FeedbackRequests.CompleteReview request) {
        String reviewId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, reviewId, caller.requireEmployee()));
        return Created.fact(employeeId, "reviewId", reviewId);
    }

    @PostMapping("/retro-takeaways")
    ResponseEntity<Map<String, String>> recordTakeaway(@PathVariable EmployeeId employeeId,
                                                       @Valid @RequestBody FeedbackRequests.RecordRetroTakeaway request) {
        String takeawayId = UUID.randomUUID().toString();
        commands.send(request.toCommand(employeeId, takeawayId));
        return Created.fact(employeeId, "takeawayId", takeawayId);
    }
}
