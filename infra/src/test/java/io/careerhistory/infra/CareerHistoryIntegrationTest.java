package io.careerhistory.infra;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on an in-memory embedded MongoDB, on a random port. Every test class that uses exactly this
 * annotation shares one Spring context, which keeps the suite fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Boot disables metrics export in tests; the Prometheus endpoint is part of what we test.
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"career.embedded.storage=memory", "career.demo-data=false", "career.event-store.snapshot-threshold=10"})
public @interface CareerHistoryIntegrationTest {
}
