package io.careerhistory.command.mentorship;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.CreditMentoringCommand;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class MentoringCreditsTest {

    @Test
    void aConcludedMentorshipIsCreditedToTheMentorsCareer() {
        CommandSender commands = mock(CommandSender.class);
        LocalDate concluded = LocalDate.parse("2024-06-01");

        new MentoringCredits(commands).on(new MentorshipConcludedEvent("m1", EmployeeId.of("mentee"),
                                                                       EmployeeId.of("mentor"), MentorshipKind.REVERSE,
                                                                       "testing", "thanks", "fun", concluded));

        verify(commands).send(new CreditMentoringCommand(EmployeeId.of("mentor"), "m1", EmployeeId.of("mentee"),
                                                         MentorshipKind.REVERSE, "testing", concluded),
                              MentoringCredits.ACTOR);
    }
}
