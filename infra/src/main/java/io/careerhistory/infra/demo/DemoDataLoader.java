package io.careerhistory.infra.demo;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.HireEmployeeCommand;
import io.careerhistory.command.framework.CareerFramework;
import io.careerhistory.command.promotion.PromotionEvidence;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.events.EmployeeId;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A generated organisation for trying the system out: 200 employees across the four tracks with three years of
 * history ({@link DemoCareerStory}, {@link DemoProgramsStory}), produced through the command side, deterministic from {@code career.demo-data.seed},
 * and skipped when the store already holds more than the default framework.
 */
@Component
@ConditionalOnProperty(name = "career.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String ACTOR = "demo-data";
    private static final String[] TRACKS = {"Engineering", "Product", "Design", "Data"};
    private static final String[] TEAMS = {"Payments", "Discovery", "Playlists", "Podcasts", "Ads", "Platform"};
    private static final String[] VOLUNTARY_GROUPS = {"Group A", "Group B", "Group C"};
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Edsger", "Barbara",
            "Dennis", "Frances", "Ken", "Radia", "Tim", "Hedy", "John", "Shafi"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Dijkstra",
            "Liskov", "Ritchie", "Allen", "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Backus", "Goldwasser"};
    // the level codes of the default framework's tracks
    private static final String[] LEVEL_PREFIXES = {"E", "P", "D", "DA"};
    /** Where the ids of the demo users start, past any generated employee's. */
    private static final int DEMO_USERS = 1_000_000;
    /** Employees between two progress lines in the log: loading takes about a minute. */
    private static final int PROGRESS_EVERY = 50;
    /** Managers are picked among the first hired. */
    private static final int MANAGERS = 12;

    private final CommandSender commands;
    private final PromotionEvidence evidence;
    private final EmployeeStandings standings;
    private final EventStorageEngine storageEngine;
    private final long seed;
    private final int employees;

    DemoDataLoader(CommandSender commands, EventStorageEngine storageEngine, PromotionEvidence evidence,
                   EmployeeStandings standings, @Value("${career.demo-data.seed:42}") long seed,
                   @Value("${career.demo-data.employees:200}") int employees) {
        this.commands = commands;
        this.evidence = evidence;
        this.standings = standings;
        this.storageEngine = storageEngine;
        this.seed = seed;
        this.employees = employees;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (holdsMoreThanTheFramework()) {
            log.info("Demo data skipped: the event store is not empty");
            return;
        }
        long began = System.nanoTime(); // how long it took, for the log only
        log.info("Loading demo data: {} employees with three years of history, through the command side; the "
                         + "application answers meanwhile", employees);
        Random random = new Random(seed);
        DemoCareerStory stories = new DemoCareerStory(commands, standings, random, seed);
        List<EmployeeId> hired = new ArrayList<>();
        List<LocalDate> hiredOns = new ArrayList<>();
        List<DemoPerson> people = new ArrayList<>();
        LocalDate start = DemoCareerStory.END.minusYears(3);
        for (int i = 0; i < employees; i++) {
            EmployeeId id = new EmployeeId(new UUID(seed, i).toString());
            int managerPick = hired.isEmpty() ? -1 : random.nextInt(Math.min(hired.size(), MANAGERS));
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            LocalDate hiredOn = start.plusDays(random.nextInt(400));
            EmployeeId manager = managerHiredBy(hired, hiredOns, managerPick, hiredOn);
            String login = name.toLowerCase().replace(' ', '.') + i;
            int track = random.nextInt(TRACKS.length);
            int rank = 1 + random.nextInt(3); // the default framework's ranks are the level numbers
            String level = LEVEL_PREFIXES[track] + rank;
            commands.send(new HireEmployeeCommand(id, name, login + "@example.com", login, TRACKS[track], level,
                                                  TEAMS[random.nextInt(TEAMS.length)], "Tribe " + (1 + i % 4), manager,
                                                  voluntaryGroup(i), hiredOn), ACTOR);
            if (stories.tell(id, hiredOn, manager, hired, TEAMS, TRACKS[track], true)) {
                people.add(new DemoPerson(id, hiredOn, manager, TRACKS[track], level, rank));
            }
            hired.add(id);
            hiredOns.add(hiredOn);
            if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < employees) {
                log.info("Demo data: {} of {} employees and their histories recorded", i + 1, employees);
            }
        }
        DemoUsers users = hireTheDemoUsers(stories, hired, people, start);
        // Programs between people, once everyone is hired: mentorships first, at the levels of the hire.
        DemoProgramsStory programs = new DemoProgramsStory(commands, evidence, random, seed);
        programs.mentorships(people);
        programs.promotions(people, people.stream().collect(Collectors.toMap(DemoPerson::id, p -> p)),
                            Set.of(users.employee().id()));
        programs.openCase(users.employee(), users.manager(), users.committee(), people);
        programs.waitingRequests(users.employee(), users.manager());
        programs.waitingRotation(users.manager(), people, standings);
        log.info("Demo data loaded: {} employees with three years of history (seed {}) in {} s", employees, seed,
                 (System.nanoTime() - began) / 1_000_000_000);
    }

    /**
     * The manager picked among the first {@value #MANAGERS} hired, if hired by {@code hiredOn} (a manager must be
     * employed on the day); else the first of them who was; else nobody. Since 2026-11-27: before, a report could be
     * hired under a manager hired months later.
     */
    private static EmployeeId managerHiredBy(List<EmployeeId> hired, List<LocalDate> hiredOns, int pick,
                                             LocalDate hiredOn) {
        if (pick < 0) {
            return null;
        }
        if (!hiredOns.get(pick).isAfter(hiredOn)) {
            return hired.get(pick);
        }
        for (int i = 0; i < Math.min(hired.size(), MANAGERS); i++) {
            if (!hiredOns.get(i).isAfter(hiredOn)) {
                return hired.get(i);
            }
        }
        return null;
    }

    /**
     * The voluntary group attribute, so that the adverse-impact analytics have something to show: one in five gives
     * none. Taken from the index, not the random sequence, so the rest of the story stays as it was.
     */
    private static String voluntaryGroup(int i) {
        return i % 5 == 4 ? null : VOLUNTARY_GROUPS[i % VOLUNTARY_GROUPS.length];
    }

    /**
     * The demo users of application.properties act as the employees hired with their login names: a manager, an
     * employee reporting to her with three years of history, and a committee member, so each role has a record to
     * see and act on (her nomination is the one case still open, which the committee member chairs).
     */
    private DemoUsers hireTheDemoUsers(DemoCareerStory stories, List<EmployeeId> hired, List<DemoPerson> people,
                                       LocalDate start) {
        EmployeeId manager = new EmployeeId(new UUID(seed, DEMO_USERS).toString());
        EmployeeId employee = new EmployeeId(new UUID(seed, DEMO_USERS + 1).toString());
        EmployeeId committee = new EmployeeId(new UUID(seed, DEMO_USERS + 2).toString());
        DemoUsers users = new DemoUsers(
                hireDemoUser(manager, "Maya Manager", "manager", "Engineering", "E5", null, start, people),
                hireDemoUser(employee, "Emma Employee", "employee", "Engineering", "E2", manager, start.plusDays(30),
                             people),
                hireDemoUser(committee, "Colin Committee", "committee", "Product", "P5", null, start, people));
        stories.tell(employee, start.plusDays(30), manager, hired, TEAMS, "Engineering", false);
        return users;
    }

    /** The employees the demo users of application.properties act as. */
    private record DemoUsers(DemoPerson manager, DemoPerson employee, DemoPerson committee) {
    }

    private DemoPerson hireDemoUser(EmployeeId id, String name, String login, String track, String level,
                                    EmployeeId manager, LocalDate hiredOn, List<DemoPerson> people) {
        commands.send(new HireEmployeeCommand(id, name, login + "@example.com", login, track, level, "Payments",
                                              "Tribe 1", manager, null, hiredOn), ACTOR);
        DemoPerson person = new DemoPerson(id, hiredOn, manager, track, level, Integer.parseInt(level.substring(1)));
        people.add(person);
        return person;
    }

    /** The default framework is published into every new store first (FrameworkBootstrap); anything else counts. */
    private boolean holdsMoreThanTheFramework() {
        TrackingToken head = storageEngine.createHeadToken();
        long events = head == null ? 0 : head.position().orElse(0) + 1;
        long frameworkEvents = storageEngine.lastSequenceNumberFor(CareerFramework.ID).map(last -> last + 1).orElse(0L);
        return events > frameworkEvents;
    }
}
