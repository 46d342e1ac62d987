package io.careerhistory.infra.demo;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.ProposeRotationCommand;
import io.careerhistory.command.mentorship.AchieveMentorshipGoalCommand;
import io.careerhistory.command.mentorship.CancelMentorshipCommand;
import io.careerhistory.command.mentorship.ConcludeMentorshipCommand;
import io.careerhistory.command.mentorship.LogMentorshipSessionCommand;
import io.careerhistory.command.mentorship.MatchMentorCommand;
import io.careerhistory.command.mentorship.RequestMentorshipCommand;
import io.careerhistory.command.promotion.AnnouncePromotionCommand;
import io.careerhistory.command.promotion.AssignCommitteeCommand;
import io.careerhistory.command.promotion.AttachEvidenceCommand;
import io.careerhistory.command.promotion.DecidePromotionCommand;
import io.careerhistory.command.promotion.NominateForPromotionCommand;
import io.careerhistory.command.promotion.OptInToAnnouncementCommand;
import io.careerhistory.command.promotion.PromotionEvidence;
import io.careerhistory.command.promotion.ReviewPromotionCommand;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.events.promotion.ReviewRecommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The programs that span two or more people: mentorships (classic and reverse, most concluded, some cancelled) and
 * promotion cases (committee, evidence, reviews, decisions both ways, celebrations with consent). Everything goes
 * through the command side, dated between the participants' hires and {@link DemoCareerStory#END}.
 */
class DemoProgramsStory {

    private static final String ACTOR = "demo-data";
    private static final String[] TOPICS = {"system design", "product discovery", "public speaking", "data modelling",
            "leading without authority", "accessibility"};

    private final CommandSender commands;
    private final PromotionEvidence evidence;
    private final Random random;
    private final long seed;
    private long nextId;

    DemoProgramsStory(CommandSender commands, PromotionEvidence evidence, Random random, long seed) {
        this.commands = commands;
        this.evidence = evidence;
        this.random = random;
        this.seed = seed;
    }

    /** Mentorships among {@code people}, each matched by rank as its kind requires. */
    void mentorships(List<DemoPerson> people) {
        for (DemoPerson mentee : people) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            MentorshipKind kind = random.nextInt(5) == 0 ? MentorshipKind.REVERSE : MentorshipKind.CLASSIC;
            Predicate<DemoPerson> fits = kind == MentorshipKind.CLASSIC ? p -> p.rank() > mentee.rank()
                                                                        : p -> p.rank() < mentee.rank();
            List<DemoPerson> mentors = people.stream().filter(fits).toList();
            if (mentors.isEmpty()) {
                continue;
            }
            DemoPerson mentor = mentors.get(random.nextInt(mentors.size()));
            LocalDate requested = latest(mentee.hiredOn(), mentor.hiredOn()).plusDays(30 + random.nextInt(300));
            if (requested.plusDays(150).isAfter(DemoCareerStory.END)) {
                continue;
            }
            mentor(mentee, mentor, kind, requested);
        }
    }

    private void mentor(DemoPerson mentee, DemoPerson mentor, MentorshipKind kind, LocalDate requested) {
        String mentorshipId = id();
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        List<String> goals = List.of("get better at " + topic, "apply " + topic + " in my team");
        send(new RequestMentorshipCommand(mentorshipId, mentee.id(), kind, topic, goals, requested));
        LocalDate matched = requested.plusDays(7);
        send(new MatchMentorCommand(mentorshipId, mentor.id(), matched));
        if (random.nextInt(6) == 0) {
            send(new CancelMentorshipCommand(mentorshipId, "schedules did not fit", matched.plusDays(20)));
            return;
        }
        for (int week = 1; week <= 2 + random.nextInt(3); week++) {
            send(new LogMentorshipSessionCommand(mentorshipId, id(), 30 + 15 * random.nextInt(4), "week " + week,
                                                 matched.plusWeeks(week)));
        }
        send(new AchieveMentorshipGoalCommand(mentorshipId, goals.get(0), matched.plusDays(60)));
        send(new ConcludeMentorshipCommand(mentorshipId, "I learned a lot about " + topic, "Great questions every week",
                                           matched.plusDays(120)));
    }

    /**
     * Requests still waiting for a mentor, for the talent partner to match: the employee user's, classic, and the
     * manager user's, reverse (a senior who wants to learn from someone junior). Both stay employed to the end.
     */
    void waitingRequests(DemoPerson employee, DemoPerson manager) {
        send(new RequestMentorshipCommand(id(), employee.id(), MentorshipKind.CLASSIC, "system design",
                                          List.of("lead the design of a service"), DemoCareerStory.END.minusDays(12)));
        send(new RequestMentorshipCommand(id(), manager.id(), MentorshipKind.REVERSE, "accessibility",
                                          List.of("review our app with a screen reader"),
                                          DemoCareerStory.END.minusDays(6)));
    }

    /**
     * A rotation into the manager user's team, proposed and waiting for her approval as its lead, on the Rotations
     * page: of the first of {@code people} in another team and still employed at the end, in the track they are in.
     */
    void waitingRotation(DemoPerson hostLead, List<DemoPerson> people, EmployeeStandings standings) {
        LocalDate end = DemoCareerStory.END;
        String hostTeam = standings.employedOn(hostLead.id(), end).team();
        people.stream()
              .filter(person -> standings.of(person.id(), end)
                                         .filter(s -> s.employed() && !hostTeam.equals(s.team()))
                                         .isPresent())
              .findFirst()
              .ifPresent(guest -> send(new ProposeRotationCommand(guest.id(), id(), hostTeam, guest.track(),
                                                                  end.plusMonths(1), end.plusMonths(4),
                                                                  end.minusDays(10))));
    }

    /**
     * Promotion cases for some of {@code people}, nominated by their managers; {@code byId} finds anyone. Nobody in
     * {@code spared} is nominated (their case is {@link #openCase}'s), after the same draw, so the story stays as it
     * was.
     */
    void promotions(List<DemoPerson> people, Map<EmployeeId, DemoPerson> byId, Set<EmployeeId> spared) {
        for (DemoPerson nominee : people) {
            DemoPerson manager = nominee.managerId() == null ? null : byId.get(nominee.managerId());
            if (manager == null || random.nextInt(10) >= 3 || spared.contains(nominee.id())) {
                continue;
            }
            LocalDate nominated = latest(nominee.hiredOn().plusDays(400 + random.nextInt(300)), manager.hiredOn().plusDays(30));
            List<DemoPerson> committee = committee(people, nominee, manager, nominated);
            if (nominated.plusDays(60).isAfter(DemoCareerStory.END) || committee.size() < 3) {
                continue;
            }
            decideCase(nominee, manager, committee, nominated);
        }
    }

    /**
     * A case still open, for the demo users to act on: the manager's nomination of her report, before a committee the
     * committee user chairs, with its evidence and one member's review filed. The chair's review and decision are left
     * to whoever signs in as the committee user.
     */
    void openCase(DemoPerson nominee, DemoPerson manager, DemoPerson chair, List<DemoPerson> people) {
        LocalDate nominated = DemoCareerStory.END.minusDays(20);
        List<DemoPerson> members = new ArrayList<>(List.of(chair));
        committee(people, nominee, manager, nominated).stream().filter(p -> !p.id().equals(chair.id())).limit(2)
                                                      .forEach(members::add);
        if (members.size() < 3) { // an organisation too small for a committee (career.demo-data.employees=2)
            return;
        }
        String caseId = id();
        String nextLevel = nominee.level().replaceAll("\\d+$", "") + (nominee.rank() + 1);
        send(new NominateForPromotionCommand(caseId, nominee.id(), nextLevel, null, manager.id(),
                                             "Took over the team's on-call rotation and mentors the new joiners",
                                             nominated));
        send(new AssignCommitteeCommand(caseId, members.stream().map(DemoPerson::id).toList(), chair.id(),
                                        nominated.plusDays(2)));
        send(new AttachEvidenceCommand(caseId, nominated.plusDays(3)));
        send(new ReviewPromotionCommand(caseId, members.get(1).id(), ReviewRecommendation.REJECT,
                                        "Strong on delivery; one course short of what the framework asks",
                                        nominated.plusDays(9)));
    }

    /** Three people hired before the nomination, neither the nominee nor the nominator; the first chairs. */
    private List<DemoPerson> committee(List<DemoPerson> people, DemoPerson nominee, DemoPerson manager, LocalDate on) {
        List<DemoPerson> eligible = new ArrayList<>(people.stream()
                                                          .filter(p -> !p.id().equals(nominee.id()) && !p.id().equals(manager.id()))
                                                          .filter(p -> p.hiredOn().isBefore(on))
                                                          .sorted(Comparator.comparing(p -> p.id().value()))
                                                          .toList());
        Collections.shuffle(eligible, random);
        return eligible.subList(0, Math.min(3, eligible.size()));
    }

    private void decideCase(DemoPerson nominee, DemoPerson manager, List<DemoPerson> committee, LocalDate nominated) {
        String caseId = id();
        String nextLevel = nominee.level().replaceAll("\\d+$", "") + (nominee.rank() + 1);
        send(new NominateForPromotionCommand(caseId, nominee.id(), nextLevel, null, manager.id(),
                                             "Consistently operates at the next level", nominated));
        EmployeeId chair = committee.get(0).id();
        send(new AssignCommitteeCommand(caseId, committee.stream().map(DemoPerson::id).toList(), chair,
                                        nominated.plusDays(2)));
        send(new AttachEvidenceCommand(caseId, nominated.plusDays(3)));
        // The committee mostly follows the evidence (it approves nine in ten ready, two in ten not) and says why
        // when it does not: auditors look for those.
        boolean ready = "READY".equals(evidence.compile(nominee.id(), nominated.plusDays(3)).readinessStatus());
        int judgement = random.nextInt(10);
        boolean approved = ready ? judgement < 9 : judgement < 2;
        for (DemoPerson member : committee) {
            send(new ReviewPromotionCommand(caseId, member.id(),
                                            approved ? ReviewRecommendation.APPROVE : ReviewRecommendation.REJECT,
                                            approved ? "Ready for the next level" : "Not yet: needs broader scope",
                                            nominated.plusDays(7 + random.nextInt(7))));
        }
        send(new DecidePromotionCommand(caseId, chair, approved ? PromotionOutcome.APPROVED : PromotionOutcome.REJECTED,
                                        rationale(approved, ready), nominated.plusDays(21)));
        if (approved && random.nextInt(10) < 6) {
            send(new OptInToAnnouncementCommand(caseId, nominee.id(), nominated.plusDays(22)));
            send(new AnnouncePromotionCommand(caseId, "Please congratulate our colleague on their promotion to "
                                                      + nextLevel + "!", nominated.plusDays(25)));
        }
    }

    private static String rationale(boolean approved, boolean ready) {
        if (approved) {
            return ready ? "The reviews agree and the evidence supports it"
                         : "Approved on the committee's judgement: impact beyond what the framework's criteria count";
        }
        return ready ? "Not yet: the criteria are met, but not the scope of the next level"
                     : "The evidence does not yet meet the framework";
    }

    private static LocalDate latest(LocalDate... dates) {
        return Stream.of(dates).max(Comparator.naturalOrder()).orElseThrow();
    }

    private String id() {
        return new UUID(seed ^ 0x9e0, nextId++).toString();
    }

    private void send(Object command) {
        commands.send(command, ACTOR);
    }
}
