package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication everywhere but health, and who may do what: the roles' table, cell by cell where it matters. */
class SecurityApiIT extends ApiIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointButHealthRefusesAnonymousCallsWithProblemJson() {
        List<String[]> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPathPatternsCondition().getPatternValues()
                .forEach(path -> info.getMethodsCondition().getMethods().forEach(
                        method -> endpoints.add(new String[] {method.name(), path.replaceAll("\\{[^}]+}", "x")}))));
        assertThat(endpoints).hasSizeGreaterThan(40);

        ApiClient anonymous = api.as(null);
        assertThat(endpoints).allSatisfy(endpoint -> {
            Reply reply = anonymous.call(endpoint[0], endpoint[1], endpoint[0].equals("GET") ? null : "{}");
            assertThat(reply.status()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(401);
            assertThat(reply.contentType()).contains("application/problem+json");
        });
        assertThat(anonymous.call("GET", "/actuator/health", null).status()).isEqualTo(200);
        assertThat(anonymous.call("GET", "/v3/api-docs", null).status()).isEqualTo(401);
        assertThat(api.as(TestUsers.EMPLOYEE).call("GET", "/api/celebrations", null).status()).isEqualTo(200);
        assertThat(api.as("tester").call("GET", "/api/celebrations", null).status()).isEqualTo(200);
    }

    @Test
    void aSignedInUserHearsOfAMissingEndpointOrAnotherMethodRatherThanOfTheirRoles() {
        Reply missing = api.as(TestUsers.ADMIN).call("GET", "/api/no-such-endpoint", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("detail").asText()).isEqualTo("No endpoint at /api/no-such-endpoint");

        HttpResponse<String> otherMethod = api.as(TestUsers.AUDITOR).send("PUT", "/api/employees/x/timeline", "{}");
        assertThat(otherMethod.statusCode()).isEqualTo(405);
        assertThat(otherMethod.headers().firstValue("Allow")).contains("GET");
        assertThat(otherMethod.body()).contains("PUT is not taken here; this path takes GET");

        // under a prefix the rules open to the user, as anywhere else
        Reply noView = api.as(TestUsers.ANALYST).call("GET", "/api/analytics/no-such-view", null);
        assertThat(noView.status()).isEqualTo(404);
        assertThat(noView.body().get("detail").asText()).isEqualTo("No endpoint at /api/analytics/no-such-view");
        assertThat(noView.body().get("type").asText()).endsWith("/not-found");

        // an endpoint the user's roles do not open stays 403, and nobody signed in learns what exists
        assertThat(api.as(TestUsers.ANALYST).call("GET", "/api/employees/x/timeline", null).status()).isEqualTo(403);
        assertThat(api.as(null).call("GET", "/api/no-such-endpoint", null).status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        Reply reply = api.as("nobody-we-know").call("GET", "/api/celebrations", null);
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void anEmployeeReadsTheirOwnRecordAManagerTheirReportsAndTalentPartnersAndAuditorsAnyone() {
        String emma = api.employeeOf(TestUsers.EMPLOYEE);
        String mark = api.employeeOf(TestUsers.MANAGER);
        String report = api.hire("Report Of Mark");
        api.call("POST", "/api/employees/" + report + "/transfers", """
                {"managerId":"%s","effectiveOn":"2024-01-02"}""".formatted(mark));
        String stranger = api.hire("Stranger");
        api.timelineWhen(report, "", 2);
        api.timelineWhen(stranger, "", 1); // else a 404 before the view has them, not the 200 or 403 asked about

        assertThat(status(TestUsers.EMPLOYEE, "/api/employees/" + emma + "/timeline")).isEqualTo(200);
        assertThat(status(TestUsers.EMPLOYEE, "/api/employees/" + emma + "/readiness")).isEqualTo(200);
        assertThat(status(TestUsers.EMPLOYEE, "/api/employees/" + stranger + "/timeline")).isEqualTo(403);
        assertThat(Eventually.await(() -> status(TestUsers.MANAGER, "/api/employees/" + report + "/timeline"),
                                    s -> s == 200, Duration.ofSeconds(15))).isEqualTo(200);
        assertThat(status(TestUsers.MANAGER, "/api/employees/" + stranger + "/development-plan")).isEqualTo(403);
        assertThat(status(TestUsers.TALENT_PARTNER, "/api/employees/" + stranger + "/timeline")).isEqualTo(200);
        assertThat(status(TestUsers.AUDITOR, "/api/employees/" + stranger + "/mentorships")).isEqualTo(200);
        for (String refused : List.of(TestUsers.ANALYST, TestUsers.ADMIN, TestUsers.COMMITTEE)) {
            assertThat(status(refused, "/api/employees/" + stranger + "/timeline")).as(refused).isEqualTo(403);
        }
    }

    @Test
    void directoryReadsAreForColleaguesCelebrationsForEveryoneAndTheActuatorForAdmins() {
        assertThat(status(TestUsers.EMPLOYEE, "/api/search?q=ad")).isEqualTo(200);
        assertThat(status(TestUsers.ANALYST, "/api/search?q=ad")).isEqualTo(403);
        assertThat(status(TestUsers.ANALYST, "/api/celebrations")).isEqualTo(200);
        assertThat(status(TestUsers.ANALYST, "/api/framework")).isEqualTo(200);
        assertThat(status(TestUsers.EMPLOYEE, "/api/readiness")).isEqualTo(403);
        assertThat(status(TestUsers.MANAGER, "/api/readiness")).isEqualTo(200);
        assertThat(status(TestUsers.ADMIN, "/actuator/metrics")).isEqualTo(200);
        assertThat(status(TestUsers.AUDITOR, "/actuator/metrics")).isEqualTo(403);
    }

    @Test
    void aHeadRequestIsAllowedWhereTheReadIsAndAnsweredWithoutABody() {
        String emma = api.employeeOf(TestUsers.EMPLOYEE);
        String stranger = api.hire("Headless Stranger");
        api.timelineWhen(stranger, "", 1);

        HttpResponse<String> own = api.as(TestUsers.EMPLOYEE).send("HEAD", "/api/employees/" + emma + "/timeline", null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(own.body()).isEmpty();
        assertThat(api.as(TestUsers.EMPLOYEE).send("HEAD", "/api/employees/" + stranger + "/timeline", null)
                      .statusCode()).isEqualTo(403);
        assertThat(api.as(TestUsers.ANALYST).send("HEAD", "/api/celebrations", null).statusCode()).isEqualTo(200);
        assertThat(api.as(TestUsers.ANALYST).send("HEAD", "/api/search?q=ad", null).statusCode()).isEqualTo(403);
        assertThat(api.as(null).send("HEAD", "/", null).statusCode()).isEqualTo(200);
        assertThat(api.as(null).send("HEAD", "/api/celebrations", null).statusCode()).isEqualTo(401);
    }

    @Test
    void commandsAreIssuedOnlyByTheRolesThatOwnThem() {
        String login = "hired." + UUID.randomUUID().toString().substring(0, 8);
        String hire = """
                {"name":"New Hire","email":"%s@example.com","loginName":"%s","track":"Engineering","level":"E3",
                 "team":"Payments","hiredOn":"2023-02-01"}""".formatted(login, login);
        assertThat(api.as(TestUsers.EMPLOYEE).call("POST", "/api/employees", hire).status()).isEqualTo(403);
        assertThat(api.as(TestUsers.MANAGER).call("POST", "/api/employees", hire).status()).isEqualTo(403);
        assertThat(api.as(TestUsers.TALENT_PARTNER).call("POST", "/api/employees", hire).status()).isEqualTo(201);
        assertThat(api.as(TestUsers.TALENT_PARTNER).call("POST", "/api/framework/versions", "{}").status()).isEqualTo(403);
        assertThat(api.as(TestUsers.MANAGER).call("POST", "/api/promotions/x/decision", "{}").status()).isEqualTo(403);
        assertThat(api.as(TestUsers.COMMITTEE).call("POST", "/api/promotions/x/committee", "{}").status()).isEqualTo(403);
        assertThat(api.as(TestUsers.AUDITOR).call("POST", "/api/mentorships", "{}").status()).isEqualTo(403);
    }

    @Test
    void aPromotionCaseIsReadByItsNominatorItsCommitteeTalentPartnersAndAuditors() {
        String carlId = api.employeeOf(TestUsers.COMMITTEE);
        api.employeeOf(TestUsers.MANAGER);
        String nominee = api.hire("Audited Nominee");
        String member = api.hire("Other Member", "Engineering", "E6");
        Reply nominated = api.as(TestUsers.MANAGER).call("POST", "/api/promotions", """
                {"employeeId":"%s","toLevel":"E4","justification":"ready","nominatedOn":"2024-05-02"}"""
                .formatted(nominee));
        String caseId = nominated.body().get("caseId").asText();
        api.call("POST", "/api/promotions/" + caseId + "/committee", """
                {"members":["%s","%s"],"chairId":"%s","assignedOn":"2024-05-03"}""".formatted(carlId, member, carlId));
        String audit = "/api/promotions/" + caseId + "/audit";
        api.getWhen(audit, a -> a.has("committee"));

        assertThat(status(TestUsers.MANAGER, audit)).isEqualTo(200);
        assertThat(status(TestUsers.COMMITTEE, audit)).isEqualTo(200);
        assertThat(status(TestUsers.AUDITOR, audit)).isEqualTo(200);
        assertThat(status(TestUsers.TALENT_PARTNER, audit)).isEqualTo(200);
        assertThat(status(TestUsers.EMPLOYEE, audit)).isEqualTo(403);
        assertThat(status(TestUsers.ANALYST, audit)).isEqualTo(403);

        // The case list: each sees only the cases they nominated or sit on.
        assertThat(api.as(TestUsers.MANAGER).call("GET", "/api/promotions", null).body().get("cases")
                      .findValuesAsText("caseId")).contains(caseId);
        assertThat(api.as(TestUsers.COMMITTEE).call("GET", "/api/promotions", null).body().get("cases")
                      .findValuesAsText("nominatedBy")).containsOnly(api.employeeOf(TestUsers.MANAGER));
        assertThat(api.as(TestUsers.SECOND_COMMITTEE).call("GET", "/api/promotions?employee=" + nominee, null).body()
                      .get("cases")).isEmpty(); // cora is not on this case's committee
        assertThat(status(TestUsers.EMPLOYEE, "/api/promotions")).isEqualTo(403);
    }

    @Test
    void aManagersReadinessListHoldsTheirCurrentReportsOnly() {
        String mark = api.employeeOf(TestUsers.MANAGER);
        String report = api.hire("Listed Report");
        api.call("POST", "/api/employees/" + report + "/transfers", """
                {"managerId":"%s","effectiveOn":"2024-01-02"}""".formatted(mark));
        String stranger = api.hire("Unlisted Stranger");

        JsonNode listed = api.as(TestUsers.MANAGER).getWhen("/api/readiness",
                                                            r -> r.get("employees").findValuesAsText("employeeId")
                                                                  .contains(report));
        assertThat(listed.get("employees").findValuesAsText("employeeId")).doesNotContain(stranger, mark);
        assertThat(api.getWhen("/api/readiness", r -> r.get("employees").findValuesAsText("employeeId").contains(stranger))
                      .get("employees").findValuesAsText("employeeId")).as("talent partners see everyone")
                .contains(report, stranger);
    }

    private int status(String user, String path) {
        return api.as(user).call("GET", path, null).status();
    }
}
