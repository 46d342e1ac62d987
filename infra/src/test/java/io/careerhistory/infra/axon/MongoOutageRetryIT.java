package io.careerhistory.infra.axon;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.HireEmployeeCommand;
import io.careerhistory.command.career.RecordCourseCompletionCommand;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.infra.CareerHistoryIntegrationTest;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.deadletters.DeadLetters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection whose handler finds MongoDB out of reach stops at that event and retries it, instead of dead-lettering
 * it (ADR 0024); nothing after it is applied first. Failures of the handler itself are in {@code DeadLettersIT}.
 */
@CareerHistoryIntegrationTest
@org.springframework.context.annotation.Import(MongoOutageRetryIT.WithOutageProjection.class)
class MongoOutageRetryIT {

    /** Meets an outage twice on the course "poison", then succeeds; records what it applied, in order. */
    @ProcessingGroup("outage")
    static class OutageProjection {
        final List<String> applied = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger(2);

        @EventHandler
        void on(CourseCompletedEvent event) {
            if (event.courseId().equals("poison") && failuresLeft.getAndDecrement() > 0) {
                throw new MongoSocketReadException("the view's database is down", new ServerAddress());
            }
            applied.add(event.courseId());
        }
    }

    @TestConfiguration
    static class WithOutageProjection {
        @Bean
        OutageProjection outageProjection() {
            return new OutageProjection();
        }
    }

    @Autowired
    CommandSender commands;

    @Autowired
    OutageProjection projection;

    @Autowired
    DeadLetters deadLetters;

    @Test
    void aHandlerThatFindsMongoDbAwayIsRetriedUntilItSucceedsAndNoEventIsSkippedNorDeadLettered() {
        EmployeeId id = EmployeeId.random();
        commands.send(new HireEmployeeCommand(id, "Flaky", "flaky@example.com", "flaky", "Data", "DA2", "Insights", null,
                                              null, null, LocalDate.parse("2024-01-01")), "test");
        for (String course : List.of("before", "poison", "after")) {
            commands.send(new RecordCourseCompletionCommand(id, course, course, course, CourseProvider.WORKSHOP, List.of(),
                                                            BigDecimal.ONE, LocalDate.parse("2024-02-01"), null), "test");
        }

        Eventually.await(() -> projection.applied.size(), size -> size >= 3, Duration.ofSeconds(60));
        assertThat(projection.applied).containsExactly("before", "poison", "after");
        assertThat(projection.failuresLeft.get()).isNegative();
        assertThat(deadLetters.countsByProcessingGroup()).doesNotContainKey("outage");
    }
}
