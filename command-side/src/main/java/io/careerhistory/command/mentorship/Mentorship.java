package io.careerhistory.command.mentorship;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.Acting;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.command.standing.Standing;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipCancelledEvent;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import io.careerhistory.events.mentorship.MentorshipGoalAchievedEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import io.careerhistory.events.mentorship.MentorshipSessionLoggedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One mentoring pairing, spanning two employees: requested by the mentee, matched with a mentor, sessions, goals,
 * then concluded or cancelled.
 * <p>
 * The rules about the two people (both employed, the mentor's rank against the mentee's) need state of other
 * aggregates. They are read, as committed, from the event store through {@link EmployeeStandings} when the request or
 * the match is handled. That is enough under concurrency because the rule is about the moment of the match: a later
 * departure or promotion does not make an earlier match wrong, and this aggregate's own steps are serialized by its
 * sequence numbers.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class Mentorship {

    enum Step { REQUESTED, MATCHED, CONCLUDED, CANCELLED }

    @AggregateIdentifier
    private String mentorshipId;
    private EmployeeId menteeId;
    private EmployeeId mentorId;
    private MentorshipKind kind;
    private String topic;
    private Step step;
    private LocalDate requestedOn;
    private LocalDate matchedOn;
    private final List<String> goals = new ArrayList<>();
    private final Set<String> achievedGoals = new HashSet<>();
    private final Set<LocalDate> sessionDays = new HashSet<>();

    protected Mentorship() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(RequestMentorshipCommand command, EmployeeStandings standings,
                       @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actor,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        Standing mentee = standings.employedOn(command.menteeId(), command.requestedOn());
        Acting.of(actor, actorRoles).requireSelfManagerOrTalentPartner(command.menteeId(), mentee.managerId(),
                                                                       "a request for a mentor");
        apply(new MentorshipRequestedEvent(command.mentorshipId(), command.menteeId(), command.kind(), command.topic(),
                                           command.goals(), command.requestedOn()));
    }

    @CommandHandler
    public void handle(MatchMentorCommand command, EmployeeStandings standings) {
        requireAt(Step.REQUESTED, "matched");
        if (menteeId.equals(command.mentorId())) {
            throw new BusinessRuleViolation(ErrorCode.MENTOR_IS_MENTEE, "The mentee cannot be their own mentor");
        }
        requireNotBefore(command.matchedOn(), requestedOn, "the request");
        Standing mentee = standings.employedOn(menteeId, command.matchedOn());
        Standing mentor = standings.employedOn(command.mentorId(), command.matchedOn());
        requireRanksFitKind(mentor, mentee);
        apply(new MentorMatchedEvent(mentorshipId, menteeId, command.mentorId(), kind, command.matchedOn()));
    }

    @CommandHandler
    public void handle(LogMentorshipSessionCommand command,
                       @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actor,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        Acting.of(actor, actorRoles).requireMentorshipParty(menteeId, mentorId, "log a session");
        requireAt(Step.MATCHED, "given a session");
        requireNotBefore(command.heldOn(), matchedOn, "the match");
        if (sessionDays.contains(command.heldOn())) {
            throw new BusinessRuleViolation(ErrorCode.MENTORSHIP_SESSION_ALREADY_LOGGED,
                                            "A session on " + command.heldOn() + " is already logged");
        }
        apply(new MentorshipSessionLoggedEvent(mentorshipId, menteeId, mentorId, command.sessionId(), command.minutes(),
                                               command.notes(), command.heldOn()));
    }

    @CommandHandler
    public void handle(AchieveMentorshipGoalCommand command,
                       @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actor,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        Acting.of(actor, actorRoles).requireMentorshipParty(menteeId, mentorId, "record a goal achieved");
        requireAt(Step.MATCHED, "credited with a goal");
        requireNotBefore(command.achievedOn(), matchedOn, "the match");
        if (!goals.contains(command.goal())) {
            throw new BusinessRuleViolation(ErrorCode.MENTORSHIP_GOAL_UNKNOWN,
                                            "The goal '" + command.goal() + "' is not one of this mentorship's: " + goals);
        }
        if (achievedGoals.contains(command.goal())) {
            throw new BusinessRuleViolation(ErrorCode.MENTORSHIP_GOAL_ALREADY_ACHIEVED,
                                            "The goal '" + command.goal() + "' is already achieved");
        }
        apply(new MentorshipGoalAchievedEvent(mentorshipId, menteeId, mentorId, command.goal(), command.achievedOn()));
    }

    @CommandHandler
    public void handle(ConcludeMentorshipCommand command,
                       @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actor,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        Acting.of(actor, actorRoles).requireMentorshipParty(menteeId, mentorId, "conclude the mentorship");
        requireAt(Step.MATCHED, "concluded");
        requireNotBefore(command.concludedOn(), matchedOn, "the match");
        apply(new MentorshipConcludedEvent(mentorshipId, menteeId, mentorId, kind, topic, command.menteeFeedback(),
                                           command.mentorFeedback(), command.concludedOn()));
    }

    @CommandHandler
    public void handle(CancelMentorshipCommand command,
                       @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actor,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        Acting.of(actor, actorRoles).requireMentorshipParty(menteeId, mentorId, "cancel the mentorship");
        if (step != Step.REQUESTED && step != Step.MATCHED) {
            throw new BusinessRuleViolation(ErrorCode.MENTORSHIP_WRONG_STEP,
                                            "The mentorship is already " + step.name().toLowerCase());
        }
        requireNotBefore(command.cancelledOn(), requestedOn, "the request");
        apply(new MentorshipCancelledEvent(mentorshipId, menteeId, mentorId, command.reason(), command.cancelledOn()));
    }

    private void requireRanksFitKind(Standing mentor, Standing mentee) {
        if (mentor.rank() == null || mentee.rank() == null) {
            Standing unranked = mentor.rank() == null ? mentor : mentee;
            throw new BusinessRuleViolation(ErrorCode.RANK_UNKNOWN,
                                            "Level " + unranked.level() + " of track " + unranked.track()
                                                    + " is not in the framework in force, so ranks cannot be compared");
        }
        if (kind == MentorshipKind.CLASSIC && mentor.rank() <= mentee.rank()) {
            throw new BusinessRuleViolation(ErrorCode.MENTOR_NOT_SENIOR,
                                            "A classic mentor ranks above the mentee: " + mentor.level() + " is not above "
                                                    + mentee.level());
        }
        if (kind == MentorshipKind.REVERSE && mentor.rank() >= mentee.rank()) {
            throw new BusinessRuleViolation(ErrorCode.REVERSE_MENTOR_NOT_JUNIOR,
                                            "A reverse mentor ranks below the mentee: " + mentor.level()
                                                    + " is not below " + mentee.level());
        }
    }

    private void requireAt(Step needed, String what) {
        if (step != needed) {
            throw new BusinessRuleViolation(ErrorCode.MENTORSHIP_WRONG_STEP,
                                            "Only a " + needed.name().toLowerCase() + " mentorship can be " + what
                                                    + "; this one is " + step.name().toLowerCase());
        }
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw new BusinessRuleViolation(ErrorCode.MENTORSHIP_DATE_INVALID,
                                            date + " is before " + what + " on " + earliest);
        }
    }

    @EventSourcingHandler
    void on(MentorshipRequestedEvent event) {
        mentorshipId = event.mentorshipId();
        menteeId = event.menteeId();
        kind = event.kind();
        topic = event.topic();
        goals.addAll(event.goals());
        requestedOn = event.requestedOn();
        step = Step.REQUESTED;
    }

    @EventSourcingHandler
    void on(MentorMatchedEvent event) {
        mentorId = event.mentorId();
        matchedOn = event.matchedOn();
        step = Step.MATCHED;
    }

    @EventSourcingHandler
    void on(MentorshipSessionLoggedEvent event) {
        sessionDays.add(event.heldOn());
    }

    @EventSourcingHandler
    void on(MentorshipGoalAchievedEvent event) {
        achievedGoals.add(event.goal());
    }

    @EventSourcingHandler
    void on(MentorshipConcludedEvent event) {
        step = Step.CONCLUDED;
    }

    @EventSourcingHandler
    void on(MentorshipCancelledEvent event) {
        step = Step.CANCELLED;
    }
}
