package io.careerhistory.command.mentorship;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.CreditMentoringCommand;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Policy: a concluded mentorship is credited to the mentor's career, where the readiness rules count mentoring given.
 * It runs in its own streaming processor, so the credit follows the conclusion even across a crash; the career
 * ignores a credit it already has, so a redelivery records nothing.
 */
@Component
@DisallowReplay // a policy acts: rebuilding the views must never credit a mentorship again
@ProcessingGroup(MentoringCredits.PROCESSING_GROUP)
class MentoringCredits {

    static final String PROCESSING_GROUP = "mentoring-credits";
    static final String ACTOR = "system:" + PROCESSING_GROUP;

    private final CommandSender commands;

    MentoringCredits(CommandSender commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(MentorshipConcludedEvent event) {
        commands.send(new CreditMentoringCommand(event.mentorId(), event.mentorshipId(), event.menteeId(), event.kind(),
                                                 event.topic(), event.concludedOn()), ACTOR);
    }
}
