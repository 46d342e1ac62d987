package io.careerhistory.command.mentorship;

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

/** The mentor-matching program: a request, a match, sessions and goals, then a conclusion or a cancellation. */
@RestController
@RequestMapping("/api/mentorships")
class MentorshipController {

    private static final String MENTORSHIP_ID = "mentorshipId";

    private final CommandSender commands;

    MentorshipController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> request(@Valid @RequestBody MentorshipRequests.Request request) {
        String mentorshipId = UUID.randomUUID().toString();
        commands.send(request.toCommand(mentorshipId));
        return Created.ids(MENTORSHIP_ID, mentorshipId, "menteeId", request.menteeId());
    }

    @PostMapping("/{mentorshipId}/match")
    ResponseEntity<Map<String, String>> match(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String mentorshipId,
                                              @Valid @RequestBody MentorshipRequests.Match request) {
        commands.send(request.toCommand(mentorshipId));
        return Created.ids(MENTORSHIP_ID, mentorshipId, "mentorId", request.mentorId());
    }

    @PostMapping("/{mentorshipId}/sessions")
    ResponseEntity<Map<String, String>> logSession(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String mentorshipId,
                                                   @Valid @RequestBody MentorshipRequests.Session request) {
        String sessionId = UUID.randomUUID().toString();
        commands.send(request.toCommand(mentorshipId, sessionId));
        return Created.ids(MENTORSHIP_ID, mentorshipId, "sessionId", sessionId);
    }

    @PostMapping("/{mentorshipId}/achieved-goals")
    ResponseEntity<Map<String, String>> achieveGoal(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String mentorshipId,
                                                    @Valid @RequestBody MentorshipRequests.GoalAchieved request) {
        commands.send(request.toCommand(mentorshipId));
        return Created.ids(MENTORSHIP_ID, mentorshipId);
    }

    @PostMapping("/{mentorshipId}/conclusion")
    ResponseEntity<Map<String, String>> conclude(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String mentorshipId,
                                                 @Valid @RequestBody MentorshipRequests.Conclusion request) {
        commands.send(request.toCommand(mentorshipId));
        return Created.ids(MENTORSHIP_ID, mentorshipId);
    }

    @PostMapping("/{mentorshipId}/cancellation")
    ResponseEntity<Map<String, String>> cancel(@PathVariable @Pattern(regexp = EmployeeId.PATTERN) String mentorshipId,
                                               @Valid @RequestBody MentorshipRequests.Cancellation request) {
        commands.send(request.toCommand(mentorshipId));
        return Created.ids(MENTORSHIP_ID, mentorshipId);
    }
}
