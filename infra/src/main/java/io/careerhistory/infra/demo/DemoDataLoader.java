package io.careerhistory.infra.demo;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.HireEmployeeCommand;
import io.careerhistory.command.career.RecordCourseCompletionCommand;
import io.careerhistory.command.framework.CareerFramework;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseProvider;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A small generated organisation for trying the system out: produced through the command side, deterministic
 * from {@code career.demo-data.seed}, and skipped when the store already holds events.
 */
@Component
@ConditionalOnProperty(name = "career.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String ACTOR = "demo-data";
    private static final String[] TRACKS = {"Engineering", "Product", "Design", "Data"};
    private static final String[] TEAMS = {"Payments", "Discovery", "Playlists", "Podcasts", "Ads", "Platform"};
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Edsger", "Barbara",
            "Dennis", "Frances", "Ken", "Radia", "Tim", "Hedy", "John", "Shafi"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Dijkstra",
            "Liskov", "Ritchie", "Allen", "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Backus", "Goldwasser"};
    private static final String[][] COURSES = {{"k8s-101", "Kubernetes Fundamentals", "kubernetes"},
            {"go-201", "Effective Go", "go"}, {"ddd-101", "Domain-Driven Design", "ddd"},
            {"lead-101", "First-time Leadership", "leadership"}, {"ux-201", "Research Methods", "user-research"},
            {"ml-101", "Machine Learning Basics", "machine-learning"}, {"sql-201", "Advanced SQL", "sql"}};

    private final CommandSender commands;
    private final EventStorageEngine storageEngine;
    private final long seed;
    private final int employees;

    DemoDataLoader(CommandSender commands, EventStorageEngine storageEngine,
                   @Value("${career.demo-data.seed:42}") long seed,
                   @Value("${career.demo-data.employees:40}") int employees) {
        this.commands = commands;
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
        Random random = new Random(seed);
        List<EmployeeId> hired = new ArrayList<>();
        LocalDate start = LocalDate.of(2022, 1, 3);
        for (int i = 0; i < employees; i++) {
            EmployeeId id = new EmployeeId(new UUID(seed, i).toString());
            EmployeeId manager = hired.isEmpty() ? null : hired.get(random.nextInt(Math.min(hired.size(), 6)));
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            LocalDate hiredOn = start.plusDays(random.nextInt(400));
            String login = name.toLowerCase().replace(' ', '.') + i;
            commands.send(new HireEmployeeCommand(id, name, login + "@example.com", login,
                                                  TRACKS[random.nextInt(TRACKS.length)], "L" + (1 + random.nextInt(4)),
                                                  TEAMS[random.nextInt(TEAMS.length)], null, manager, null, hiredOn), ACTOR);
            hired.add(id);
            recordCompletions(random, id, hiredOn);
        }
        log.info("Demo data loaded: {} employees (seed {})", employees, seed);
    }

    /** The default framework is published into every new store first (FrameworkBootstrap); anything else counts. */
    private boolean holdsMoreThanTheFramework() {
        TrackingToken head = storageEngine.createHeadToken();
        long events = head == null ? 0 : head.position().orElse(0) + 1;
        long frameworkEvents = storageEngine.lastSequenceNumberFor(CareerFramework.ID).map(last -> last + 1).orElse(0L);
        return events > frameworkEvents;
    }

    private void recordCompletions(Random random, EmployeeId id, LocalDate hiredOn) {
        int count = 1 + random.nextInt(5);
        for (int c = 0; c < count; c++) {
            String[] course = COURSES[(c + random.nextInt(COURSES.length)) % COURSES.length];
            LocalDate on = hiredOn.plusDays(30L + 90L * c + random.nextInt(60));
            CourseProvider provider = CourseProvider.values()[random.nextInt(CourseProvider.values().length)];
            commands.send(new RecordCourseCompletionCommand(id, new UUID(seed ^ 0x5eed, id.hashCode() * 31L + c).toString(),
                                                            course[0], course[1], provider, List.of(course[2]),
                                                            BigDecimal.valueOf(2 + random.nextInt(20)), on,
                                                            "demo-" + id + "-" + c), ACTOR);
        }
    }
}
