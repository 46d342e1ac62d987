package io.careerhistory.infra.demo;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.AchieveDevelopmentGoalCommand;
import io.careerhistory.command.career.AgreeDevelopmentGoalCommand;
import io.careerhistory.command.career.ApproveRotationCommand;
import io.careerhistory.command.career.CancelRotationCommand;
import io.careerhistory.command.career.CompleteReviewCommand;
import io.careerhistory.command.career.CompleteRotationCommand;
import io.careerhistory.command.career.DropDevelopmentGoalCommand;
import io.careerhistory.command.career.ExtendRotationCommand;
import io.careerhistory.command.career.JoinLearningPodCommand;
import io.careerhistory.command.career.LeaveLearningPodCommand;
import io.careerhistory.command.career.NoteGoalProgressCommand;
import io.careerhistory.command.career.ProposeDevelopmentGoalCommand;
import io.careerhistory.command.career.ProposeRotationCommand;
import io.careerhistory.command.career.RecordCourseCompletionCommand;
import io.careerhistory.command.career.RecordDepartureCommand;
import io.careerhistory.command.career.RecordFeedbackCommand;
import io.careerhistory.command.career.RecordHackWeekProjectCommand;
import io.careerhistory.command.career.RecordRetroTakeawayCommand;
import io.careerhistory.command.career.RecordTechTalkCommand;
import io.careerhistory.command.career.RetractCourseCompletionCommand;
import io.careerhistory.command.career.ShipPassionProjectCommand;
import io.careerhistory.command.career.StartPassionProjectCommand;
import io.careerhistory.command.career.StartRotationCommand;
import io.careerhistory.command.career.StopPassionProjectCommand;
import io.careerhistory.command.career.TransferEmployeeCommand;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.command.standing.Standing;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.GoalCategory;
import io.careerhistory.events.career.HackWeekOutcome;
import io.careerhistory.events.career.PlanParty;
import io.careerhistory.events.career.RotationOutcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * One generated employee's years with the company, told through the command side: courses, talks, pods, hack weeks,
 * a passion project, development goals, feedback, reviews, sometimes a transfer, a rotation or a departure. Every choice
 * comes from the given {@link Random}, so the same seed tells the same story.
 */
final class DemoCareerStory {

    static final LocalDate END = LocalDate.of(2025, 10, 31);
    private static final String ACTOR = "demo-data";
    private static final String[][] COURSES = {{"k8s-101", "Kubernetes Fundamentals", "kubernetes"},
            {"go-201", "Effective Go", "go"}, {"ddd-101", "Domain-Driven Design", "ddd"},
            {"lead-101", "First-time Leadership", "leadership"}, {"ux-201", "Research Methods", "user-research"},
            {"ml-101", "Machine Learning Basics", "machine-learning"}, {"sql-201", "Advanced SQL", "sql"},
            {"sd-301", "System Design", "system design"}, {"pd-201", "Product Discovery", "product discovery"},
            {"ix-201", "Interaction Design", "interaction design"}, {"st-201", "Applied Statistics", "statistics"}};
    private static final String[][] PODS = {{"rust-pod", "Rustaceans", "Rust"}, {"ml-pod", "Model Makers", "ML"},
            {"a11y-pod", "Access for All", "Accessibility"}, {"lead-pod", "New Leads", "Leadership"}};
    private static final String[] HACK_WEEKS = {"2023-spring", "2023-autumn", "2024-spring", "2024-autumn", "2025-spring"};
    private static final LocalDate[] HACK_WEEK_ENDS = {LocalDate.of(2023, 4, 21), LocalDate.of(2023, 10, 20),
            LocalDate.of(2024, 4, 19), LocalDate.of(2024, 10, 18), LocalDate.of(2025, 4, 18)};
    private static final LocalDate[] REVIEW_PERIOD_ENDS = {LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30)};

    private final CommandSender commands;
    private final EmployeeStandings standings;
    private final Random random;
    private final long seed;
    private long nextId;

    DemoCareerStory(CommandSender commands, EmployeeStandings standings, Random random, long seed) {
        this.commands = commands;
        this.standings = standings;
        this.random = random;
        this.seed = seed;
    }

    /**
     * Everything after the hire of {@code id}; {@code colleagues} are the people hired before, {@code teams} the teams.
     * False when a converted rotation moved them into another track, whose levels theirs is not one of. Someone who
     * may not move on (a demo user, who must stay able to act, under the same manager) neither leaves nor rotates away.
     */
    boolean tell(EmployeeId id, LocalDate hiredOn, EmployeeId manager, List<EmployeeId> colleagues, String[] teams,
              String track, boolean mayMoveOn) {
        learn(id, hiredOn);
        share(id, hiredOn);
        plan(id, hiredOn);
        feedback(id, hiredOn, manager, colleagues);
        LocalDate transferOn = within(hiredOn, 200, 400);
        boolean keepsTrack = true;
        if (random.nextInt(10) == 0 && told(transferOn)) {
            send(new TransferEmployeeCommand(id, teams[random.nextInt(teams.length)] + " Core", null, null, null, null,
                                             transferOn));
        } else if (random.nextInt(7) == 0 && !colleagues.isEmpty() && mayMoveOn) {
            keepsTrack = rotate(id, hiredOn, colleagues.get(random.nextInt(colleagues.size())), track);
        }
        if (random.nextInt(20) == 0 && mayMoveOn) {
            send(new RecordDepartureCommand(id, END, "moved on")); // last, so that every fact above precedes it
        }
        return keepsTrack;
    }

    private void learn(EmployeeId id, LocalDate hiredOn) {
        int count = 2 + random.nextInt(7);
        String retractable = null;
        for (int c = 0; c < count; c++) {
            String[] course = COURSES[random.nextInt(COURSES.length)];
            String completionId = id();
            CourseProvider provider = CourseProvider.values()[random.nextInt(CourseProvider.values().length)];
            LocalDate on = within(hiredOn, 20 + 120 * c, 120 * c + 140);
            if (!told(on)) {
                break;
            }
            send(new RecordCourseCompletionCommand(id, completionId, course[0], course[1], provider, List.of(course[2]),
                                                   BigDecimal.valueOf(2 + random.nextInt(30)), on, "lms-" + completionId));
            retractable = completionId;
        }
        if (random.nextInt(15) == 0 && retractable != null) {
            send(new RetractCourseCompletionCommand(id, retractable, "recorded for the wrong person", END.minusDays(60)));
        }
    }

    private void share(EmployeeId id, LocalDate hiredOn) {
        for (int t = random.nextInt(5) < 2 ? 1 + random.nextInt(2) : 0; t > 0; t--) {
            String[] topic = COURSES[random.nextInt(COURSES.length)];
            LocalDate givenOn = within(hiredOn, 150 * t, 150 * t + 140);
            if (told(givenOn)) {
                send(new RecordTechTalkCommand(id, id(), "What I learned about " + topic[1], "Tech Talks",
                                               List.of(topic[2]), givenOn));
            }
        }
        if (random.nextBoolean()) {
            String[] pod = PODS[random.nextInt(PODS.length)];
            LocalDate joined = within(hiredOn, 30, 300);
            LocalDate left = within(joined, 60, 400);
            if (told(joined)) {
                send(new JoinLearningPodCommand(id, pod[0], pod[1], pod[2], joined));
                if (random.nextBoolean() && told(left)) {
                    send(new LeaveLearningPodCommand(id, pod[0], left));
                }
            }
        }
        for (int w = 0; w < HACK_WEEKS.length; w++) {
            if (HACK_WEEK_ENDS[w].isAfter(hiredOn) && random.nextBoolean()) {
                HackWeekOutcome outcome = HackWeekOutcome.values()[random.nextInt(HackWeekOutcome.values().length)];
                send(new RecordHackWeekProjectCommand(id, id(), HACK_WEEKS[w], "Hack #" + (1 + random.nextInt(99)), outcome,
                                                      List.of(COURSES[random.nextInt(COURSES.length)][2]), HACK_WEEK_ENDS[w]));
            }
        }
        LocalDate started = within(hiredOn, 60, 500);
        if (random.nextInt(4) == 0 && told(started)) {
            String projectId = id();
            send(new StartPassionProjectCommand(id, projectId, "Side project " + projectId.substring(0, 4), List.of("go"),
                                                started));
            int ending = random.nextInt(10);
            LocalDate ended = within(started, 30, 300);
            if (ending < 5 && told(ended)) {
                send(new ShipPassionProjectCommand(id, projectId, "used by two squads", ended));
            } else if (ending < 8 && told(ended)) {
                send(new StopPassionProjectCommand(id, projectId, "no time left", ended));
            }
        }
    }

    private void plan(EmployeeId id, LocalDate hiredOn) {
        for (int g = 1 + random.nextInt(3); g > 0; g--) {
            String goalId = id();
            PlanParty proposer = random.nextBoolean() ? PlanParty.EMPLOYEE : PlanParty.MANAGER;
            LocalDate proposed = within(hiredOn, 30 + 100 * g, 200 + 100 * g);
            if (!told(proposed.plusMonths(5))) {
                continue; // a goal is told whole, up to its ending
            }
            send(new ProposeDevelopmentGoalCommand(id, goalId, "Grow in " + COURSES[random.nextInt(COURSES.length)][2],
                                                   GoalCategory.values()[random.nextInt(GoalCategory.values().length)],
                                                   proposed.plusMonths(6), proposer, proposed));
            PlanParty other = proposer == PlanParty.EMPLOYEE ? PlanParty.MANAGER : PlanParty.EMPLOYEE;
            send(new AgreeDevelopmentGoalCommand(id, goalId, other, proposed.plusDays(3)));
            int ending = random.nextInt(10);
            if (ending < 6) {
                send(new NoteGoalProgressCommand(id, goalId, "halfway there", proposed.plusMonths(2)));
                send(new AchieveDevelopmentGoalCommand(id, goalId, proposed.plusMonths(5)));
            } else if (ending < 8) {
                send(new DropDevelopmentGoalCommand(id, goalId, "priorities changed", proposed.plusMonths(3)));
            }
        }
    }

    private void feedback(EmployeeId id, LocalDate hiredOn, EmployeeId manager, List<EmployeeId> colleagues) {
        for (int f = random.nextInt(4); f > 0 && !colleagues.isEmpty(); f--) {
            EmployeeId peer = colleagues.get(random.nextInt(colleagues.size()));
            LocalDate receivedOn = within(hiredOn, 60, 900);
            if (told(receivedOn)) {
                // no direction: the aggregate takes it from who the colleague is to them (their manager, or a peer)
                send(new RecordFeedbackCommand(id, id(), null, peer, "Thanks for the thorough reviews", receivedOn));
            }
        }
        if (manager == null) {
            return;
        }
        for (int p = 0; p < REVIEW_PERIOD_ENDS.length; p++) {
            if (REVIEW_PERIOD_ENDS[p].isAfter(hiredOn.plusDays(90))) {
                send(new CompleteReviewCommand(id, id(), halfYear(REVIEW_PERIOD_ENDS[p]), "I grew in ownership",
                                               manager, "Clear progress; more scope next", REVIEW_PERIOD_ENDS[p]));
            }
        }
        LocalDate retro = within(hiredOn, 90, 700);
        if (random.nextInt(3) == 0 && told(retro)) {
            send(new RecordRetroTakeawayCommand(id, id(), "Quarterly retro", "ship smaller, sooner", retro));
        }
    }

    /**
     * A rotation into the host lead's team, maybe converted; false when the conversion moved them into another track.
     * A colleague not yet hired by the approval, or in the employee's own team, hosts nobody.
     */
    private boolean rotate(EmployeeId id, LocalDate hiredOn, EmployeeId hostLead, String homeTrack) {
        String rotationId = id();
        LocalDate proposed = within(hiredOn, 250, 500);
        if (!told(proposed.plusMonths(6))) {
            return true; // a rotation is told whole, up to its completion
        }
        String hostTrack = random.nextBoolean() ? homeTrack : "Design";
        Optional<Standing> host = standings.of(hostLead, proposed.plusDays(3)).filter(Standing::employed);
        String ownTeam = standings.employedOn(id, proposed).team();
        if (host.isEmpty() || host.get().team().equals(ownTeam)) {
            return true;
        }
        send(new ProposeRotationCommand(id, rotationId, host.get().team(), hostTrack, proposed.plusDays(14),
                                        proposed.plusMonths(3), proposed));
        if (random.nextInt(10) == 0) {
            send(new CancelRotationCommand(id, rotationId, "team reorganised", proposed.plusDays(7)));
            return true;
        }
        send(new ApproveRotationCommand(id, rotationId, hostLead, proposed.plusDays(3)));
        send(new StartRotationCommand(id, rotationId, proposed.plusDays(14)));
        if (random.nextBoolean()) {
            send(new ExtendRotationCommand(id, rotationId, proposed.plusMonths(5), proposed.plusMonths(2)));
        }
        RotationOutcome outcome = random.nextInt(10) < 3 ? RotationOutcome.CONVERTED : RotationOutcome.RETURNED;
        send(new CompleteRotationCommand(id, rotationId, outcome, proposed.plusMonths(6)));
        return outcome == RotationOutcome.RETURNED || hostTrack.equals(homeTrack);
    }

    /** A date between {@code from + minDays} and {@code from + maxDays}; facts dated after {@link #END} are left out. */
    private LocalDate within(LocalDate from, int minDays, int maxDays) {
        return from.plusDays(minDays + random.nextInt(Math.max(1, maxDays - minDays)));
    }

    private static boolean told(LocalDate date) {
        return !date.isAfter(END);
    }

    private String id() {
        return new UUID(seed ^ 0x5eed, nextId++).toString();
    }

    private void send(Object command) {
        commands.send(command, ACTOR);
    }

    /** A review period as people name it: "H1 2024" for the half year that ends on 2024-06-30. */
    private static String halfYear(LocalDate end) {
        return (end.getMonthValue() <= 6 ? "H1 " : "H2 ") + end.getYear();
    }
}
