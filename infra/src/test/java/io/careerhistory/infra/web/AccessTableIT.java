package io.careerhistory.infra.web;

import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of docs/security.md, cell by cell: for each row, every role that may is let through (any answer but 401
 * and 403, e.g. 400 for the empty body sent to commands) and every other role is refused with 403. The record rows
 * are read on emma's record; emma is an employee, mark her manager.
 */
class AccessTableIT extends ApiIntegrationTest {

    private static final List<String> EVERYONE = List.of(TestUsers.EMPLOYEE, TestUsers.MANAGER, TestUsers.TALENT_PARTNER,
                                                         TestUsers.COMMITTEE, TestUsers.AUDITOR, TestUsers.ANALYST,
                                                         TestUsers.ADMIN);
    /** Everyone, and a learning-record source: a system, not a person, refused all but xAPI. */
    private static final List<String> USERS = List.of(TestUsers.EMPLOYEE, TestUsers.MANAGER, TestUsers.TALENT_PARTNER,
                                                      TestUsers.COMMITTEE, TestUsers.AUDITOR, TestUsers.ANALYST,
                                                      TestUsers.ADMIN, TestUsers.LMS);

    private String emma;

    @BeforeEach
    void emmaReportsToMark() {
        emma = api.employeeOf(TestUsers.EMPLOYEE);
        String mark = api.employeeOf(TestUsers.MANAGER);
        api.call("POST", "/api/employees/" + emma + "/transfers", """
                {"managerId":"%s","effectiveOn":"2023-03-01"}""".formatted(mark)); // 422 when already so
        // The record rules read the directory, which follows the transfer asynchronously.
        Eventually.await(() -> api.as(TestUsers.MANAGER).call("GET", "/api/employees/" + emma + "/timeline", null),
                         r -> r.status() == 200, Duration.ofSeconds(15));
    }

    /**
     * Method, path, and the users who may. carl (committee) and mark are employees too, so the employee's commands let
     * them through by role; whether it is their own record is then the aggregate's rule (tested in ActingPeopleTest and
     * the API tests), answered after the body is checked.
     */
    private Map<String, Set<String>> table() {
        Set<String> employeeRecord = Set.of(TestUsers.EMPLOYEE, TestUsers.MANAGER, TestUsers.TALENT_PARTNER,
                                            TestUsers.AUDITOR);
        Set<String> directory = Set.of(TestUsers.EMPLOYEE, TestUsers.MANAGER, TestUsers.TALENT_PARTNER,
                                       TestUsers.COMMITTEE, TestUsers.AUDITOR);
        Map<String, Set<String>> table = new LinkedHashMap<>();
        table.put("GET /api/employees/" + emma + "/timeline", employeeRecord);
        table.put("GET /api/employees/" + emma + "/readiness", employeeRecord);
        table.put("GET /api/employees/" + emma + "/development-plan", employeeRecord);
        table.put("GET /api/employees/" + emma + "/mentorships", employeeRecord);
        table.put("GET /api/readiness", Set.of(TestUsers.MANAGER, TestUsers.TALENT_PARTNER, TestUsers.AUDITOR));
        table.put("GET /api/search?q=emma", directory);
        table.put("GET /api/mentorships/suggestions?mentee=" + emma, directory);
        table.put("GET /api/mentorships/requests", Set.of(TestUsers.TALENT_PARTNER));
        table.put("GET /api/rotations", Set.of(TestUsers.MANAGER, TestUsers.TALENT_PARTNER));
        table.put("GET /api/employees/" + emma + "/credentials/no-such-event", employeeRecord); // 404 for readers
        table.put("GET /api/credentials/jwks.json", Set.copyOf(EVERYONE));
        table.put("GET /api/me", Set.copyOf(USERS)); // anyone signed in, a learning-record source too
        table.put("GET /api/credentials/issuer-key.pem", Set.copyOf(EVERYONE));
        table.put("GET /api/celebrations", Set.copyOf(EVERYONE));
        table.put("GET /api/framework", Set.copyOf(EVERYONE));
        table.put("GET /api/promotions", Set.of(TestUsers.MANAGER, TestUsers.TALENT_PARTNER, TestUsers.COMMITTEE,
                                                TestUsers.AUDITOR));
        table.put("GET /api/audit/verify", Set.of(TestUsers.AUDITOR));
        table.put("GET /api/audit/reads", Set.of(TestUsers.AUDITOR));
        table.put("GET /api/export/events?type=FrameworkVersionPublishedEvent", Set.of(TestUsers.AUDITOR, TestUsers.ANALYST));
        for (String analytics : List.of("promotion-velocity", "program-outcomes", "learning-hours", "adverse-impact")) {
            table.put("GET /api/analytics/" + analytics, Set.of(TestUsers.AUDITOR, TestUsers.ANALYST));
        }
        table.put("GET /actuator/metrics", Set.of(TestUsers.ADMIN));
        table.put("GET /api/admin/projections", Set.of(TestUsers.ADMIN));
        table.put("GET /api/admin/dead-letters", Set.of(TestUsers.ADMIN));
        table.put("POST /api/admin/dead-letters", Set.of(TestUsers.ADMIN)); // 400 for the admin: "{}" names no action
        table.put("POST /api/admin/projections/no-such-view/rebuild", Set.of(TestUsers.ADMIN)); // 404 for the admin
        table.put("POST /api/framework/versions", Set.of(TestUsers.ADMIN));
        // an import hires: talent partners and admins (400 for the JSON body sent here, which is no set of files)
        table.put("POST /api/import", Set.of(TestUsers.TALENT_PARTNER, TestUsers.ADMIN));
        table.put("GET /api/import/no-such-run", Set.of(TestUsers.TALENT_PARTNER, TestUsers.ADMIN));
        table.put("GET /api/learning-records", Set.of(TestUsers.TALENT_PARTNER, TestUsers.AUDITOR, TestUsers.ADMIN));
        // a learning-record source sends statements and reads its own back; an auditor reads them all
        table.put("GET /xapi/statements?statementId=" + UUID.randomUUID(), Set.of(TestUsers.LMS, TestUsers.AUDITOR));
        table.put("POST /xapi/statements", Set.of(TestUsers.LMS));
        table.put("PUT /xapi/statements", Set.of(TestUsers.LMS));
        table.put("POST /api/employees/no-such-employee/erasure", Set.of(TestUsers.ADMIN)); // 404 for the admin: emma stays
        table.put("POST /api/employees", Set.of(TestUsers.TALENT_PARTNER));
        table.put("POST /api/employees/" + emma + "/transfers", Set.of(TestUsers.TALENT_PARTNER));
        table.put("POST /api/employees/" + emma + "/departure", Set.of(TestUsers.TALENT_PARTNER));
        table.put("POST /api/employees/" + emma + "/course-completions", Set.of(TestUsers.MANAGER, TestUsers.TALENT_PARTNER));
        table.put("POST /api/employees/" + emma + "/rotations", Set.of(TestUsers.MANAGER, TestUsers.TALENT_PARTNER));
        table.put("POST /api/employees/" + emma + "/reviews", Set.of(TestUsers.MANAGER, TestUsers.TALENT_PARTNER));
        Set<String> employees = Set.of(TestUsers.EMPLOYEE, TestUsers.MANAGER, TestUsers.COMMITTEE);
        table.put("POST /api/employees/" + emma + "/development-goals", employees);
        Set<String> sharing = Set.of(TestUsers.EMPLOYEE, TestUsers.MANAGER, TestUsers.COMMITTEE, TestUsers.TALENT_PARTNER);
        table.put("POST /api/employees/" + emma + "/tech-talks", sharing);
        table.put("POST /api/employees/" + emma + "/feedback", sharing);
        table.put("POST /api/mentorships", sharing);
        table.put("POST /api/mentorships/x/match", Set.of(TestUsers.TALENT_PARTNER));
        table.put("POST /api/promotions", Set.of(TestUsers.MANAGER, TestUsers.TALENT_PARTNER));
        table.put("POST /api/promotions/x/committee", Set.of(TestUsers.TALENT_PARTNER));
        table.put("POST /api/promotions/x/evidence", Set.of(TestUsers.TALENT_PARTNER, TestUsers.COMMITTEE));
        table.put("POST /api/promotions/x/reviews", Set.of(TestUsers.COMMITTEE));
        table.put("POST /api/promotions/x/decision", Set.of(TestUsers.COMMITTEE));
        table.put("POST /api/promotions/x/announcement-consent", employees);
        table.put("POST /api/promotions/x/announcement", Set.of(TestUsers.TALENT_PARTNER));
        return table;
    }

    @Test
    void everyCellOfTheTableLetsThroughWhoMayAndRefusesEveryoneElse() {
        List<String> wrong = new ArrayList<>();
        table().forEach((endpoint, allowed) -> {
            String[] methodAndPath = endpoint.split(" ", 2);
            for (String user : USERS) {
                Reply reply = api.as(user).call(methodAndPath[0], methodAndPath[1],
                                                methodAndPath[0].equals("GET") ? null : "{}");
                boolean through = reply.status() != 401 && reply.status() != 403;
                if (through != allowed.contains(user)) {
                    wrong.add(endpoint + " as " + user + ": " + reply.status() + " " + reply.body());
                }
                if (methodAndPath[0].equals("GET")) { // a read's rule holds for HEAD too
                    int head = api.as(user).send("HEAD", methodAndPath[1], null).statusCode();
                    if (head != reply.status()) {
                        wrong.add("HEAD " + methodAndPath[1] + " as " + user + ": " + head + ", GET " + reply.status());
                    }
                }
            }
        });

        assertThat(wrong).isEmpty();
    }
}
