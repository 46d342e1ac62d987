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
                properties = {"career.embedded.storage=memory", "career.demo-data=false", "career.event-store.snapshot-threshold=10",
                              // the users of web.TestUsers, one password for all
                              "career.security.users[0].name=tester",
                              "career.security.users[0].roles=EMPLOYEE,MANAGER,TALENT_PARTNER,COMMITTEE,AUDITOR,ANALYST,ADMIN",
                              "career.security.users[1].name=emma", "career.security.users[1].roles=EMPLOYEE",
                              "career.security.users[2].name=mark", "career.security.users[2].roles=MANAGER,EMPLOYEE",
                              "career.security.users[3].name=tina", "career.security.users[3].roles=TALENT_PARTNER",
                              "career.security.users[4].name=carl", "career.security.users[4].roles=COMMITTEE,EMPLOYEE",
                              "career.security.users[5].name=audrey", "career.security.users[5].roles=AUDITOR",
                              "career.security.users[6].name=anna", "career.security.users[6].roles=ANALYST",
                              "career.security.users[7].name=adam", "career.security.users[7].roles=ADMIN",
                              "career.security.users[0].password=test-only-password",
                              "career.security.users[1].password=test-only-password",
                              "career.security.users[2].password=test-only-password",
                              "career.security.users[3].password=test-only-password",
                              "career.security.users[4].password=test-only-password",
                              "career.security.users[5].password=test-only-password",
                              "career.security.users[6].password=test-only-password",
                              "career.security.users[7].password=test-only-password",
                              "career.security.users[8].name=cora", "career.security.users[8].roles=COMMITTEE,EMPLOYEE",
                              "career.security.users[8].password=test-only-password",
                              "career.security.users[9].name=lms", "career.security.users[9].roles=LEARNING_RECORD_SOURCE",
                              "career.security.users[9].password=test-only-password",
                              "career.security.users[10].name=other-lms",
                              "career.security.users[10].roles=LEARNING_RECORD_SOURCE",
                              "career.security.users[10].password=test-only-password",
                              "career.security.users[11].name=celia", "career.security.users[11].roles=EMPLOYEE",
                              "career.security.users[11].password=test-only-password",
                              "career.security.users[12].name=nina", "career.security.users[12].roles=MANAGER",
                              "career.security.users[12].password=test-only-password",
                              "career.security.users[13].name=hank", "career.security.users[13].roles=MANAGER,EMPLOYEE",
                              "career.security.users[13].password=test-only-password",
                              "career.security.users[14].name=nora", "career.security.users[14].roles=EMPLOYEE",
                              "career.security.users[14].password=test-only-password",
                              "career.xapi.providers[lms]=ACADEMY",
                              // a projection that fails on demand, for the dead-letter tests
                              "career.test.flaky-projection=true",
                              // how long a read waits for the views to apply a command (ConsistentReadsIT)
                              "career.consistency.max-wait=2s"})
public @interface CareerHistoryIntegrationTest {
}
