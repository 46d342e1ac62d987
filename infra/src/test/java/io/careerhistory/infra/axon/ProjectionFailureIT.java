package io.careerhistory.infra.axon;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.HireEmployeeCommand;
import io.careerhistory.command.career.RecordCourseCompletionCommand;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.infra.CareerHistoryIntegrationTest;
import io.careerhistory.infra.Eventually;
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

/** A projection whose handler fails stops at that event and retries it; nothing after it is applied first. */
@CareerHistoryIntegrationTest
@org.springframework.context.annotation.Import(ProjectionFailureIT.WithFlakyProjection.class)
class ProjectionFailureIT {

    /** Fails twice on the course "poison", then succeeds; records what it applied, in order. */
    @ProcessingGroup("flaky")
    static class FlakyProjection {
        final List<String> applied = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger(2);

        @EventHandler
        void on(CourseCompletedEvent event) {
            if (event.courseId().equals("poison") && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("the view's database is down");
            }
            applied.add(event.courseId());
        }
    }

    @TestConfiguration
    static class WithFlakyProjection {
        @Bean
        FlakyProjection flakyProjection() {
            return new FlakyProjection();
        }
    }

    @Autowired
    CommandSender commands;

    @Autowired
    FlakyProjection projection;

    @Test
    void aFailingHandlerIsRetriedUntilItSucceedsAndNoEventIsSkipped() {
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
    }
}
