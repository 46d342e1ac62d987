package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.cli.MultipartBody;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap.SimpleEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HRIS import: every row checked before anything is recorded, then sent through the command side; a re-run records
 * nothing twice; history from before the system is recorded as imported, never as a decision made here.
 */
class ImportApiIT extends ApiIntegrationTest {

    private String run; // references and logins unique to this test: the application is shared

    @BeforeEach
    void aFreshExport() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    /** The employee an HRIS reference becomes (the documented contract: a name-based UUID of the reference). */
    private String employee(String reference) {
        return UUID.nameUUIDFromBytes(("hris-employee:" + ref(reference)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String ref(String reference) {
        return reference + "-" + run;
    }

    private String employees() {
        return """
                employee_ref,name,email,login_name,track,level,team,tribe,manager_ref,hired_on
                %s,"Grace Hopper, PhD",grace.%s@example.com,grace.%s,Engineering,E2,Platform,Core,,2016-04-01
                %s,Alan Turing,alan.%s@example.com,alan.%s,Engineering,E1,Platform,,%s,2021-09-01
                """.formatted(ref("g"), run, run, ref("a"), run, run, ref("g"));
    }

    private String levels() {
        return """
                employee_ref,track,level,from
                %s,Engineering,E3,2018-01-01
                """.formatted(ref("g"));
    }

    private String promotions() {
        return """
                employee_ref,from_level,to_level,promoted_on
                %s,E3,E4,2020-03-01
                %s,E4,E5,2023-03-01
                """.formatted(ref("g"), ref("g"));
    }

    private String courses() {
        return """
                employee_ref,course_id,title,provider,hours,completed_on,skills
                %s,k8s-101,"Kubernetes, the hard way",ACADEMY,12.5,2022-05-10,kubernetes;containers
                %s,go-201,Go,EXTERNAL,8,2022-06-01,
                """.formatted(ref("g"), ref("a"));
    }

    private static MultipartBody files(Map<String, String> contents) {
        Map<String, Map.Entry<String, byte[]>> parts = new LinkedHashMap<>();
        contents.forEach((part, content) -> parts.put(part, new SimpleEntry<>(part + ".csv",
                                                                              content.getBytes(StandardCharsets.UTF_8))));
        return MultipartBody.of(parts);
    }

    private Map<String, String> export() {
        Map<String, String> export = new LinkedHashMap<>();
        export.put("employees", employees());
        export.put("levels", levels());
        export.put("promotions", promotions());
        export.put("courses", courses());
        return export;
    }

    private JsonNode importAndWait(Map<String, String> export) {
        Reply started = api.as(TestUsers.TALENT_PARTNER).upload("/api/import?source=workday", files(export));
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
        String id = started.body().get("importId").asText();
        return Eventually.await(() -> api.as(TestUsers.TALENT_PARTNER).call("GET", "/api/import/" + id, null).body(),
                                progress -> !progress.get("state").asText().equals("RUNNING"), Duration.ofSeconds(30));
    }

    @Test
    void anExportIsImportedThroughTheCommandSideWithItsHistoryRecordedAsImported() {
        JsonNode done = importAndWait(export());
        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("total").asInt()).isEqualTo(7);
        assertThat(done.get("recorded").asInt()).isEqualTo(7);
        assertThat(done.get("refused")).isEmpty();
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);

        String grace = employee("g");
        JsonNode timeline = api.timelineWhen(grace, "", 5);
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "LEVEL_IMPORTED", "PROMOTION_IMPORTED",
                                                              "COURSE_COMPLETED", "PROMOTION_IMPORTED");
        JsonNode promotion = timeline.get("entries").get(2);
        assertThat(promotion.get("title").asText()).isEqualTo("Promoted to Engineering E4 (recorded from import: workday)");
        assertThat(promotion.at("/details/recordedFrom").asText()).isEqualTo("import");
        assertThat(promotion.get("refs").has("caseId")).isFalse();
        assertThat(timeline.toString()).contains("Kubernetes, the hard way", "12.5"); // a quoted comma stays in
        JsonNode card = api.getWhen("/api/search?q=hopper", r -> r.get("results").toString().contains(grace));
        assertThat(card.toString()).contains("Grace Hopper, PhD");

        JsonNode readiness = api.getWhen("/api/employees/" + grace + "/readiness",
                                         r -> "E5".equals(r.path("level").asText()));
        assertThat(readiness.get("monthsInLevel").asInt()).isGreaterThanOrEqualTo(32); // E5 since 2023-03-01
        // no case, no committee, no decision: the history claims no four-eyes decision made here
        assertThat(api.call("GET", "/api/promotions?employee=" + grace, null).body().get("cases")).isEmpty();

        String alan = employee("a");
        JsonNode alanTimeline = api.timelineWhen(alan, "", 2);
        assertThat(alanTimeline.get("entries").get(0).get("refs").toString()).contains(grace); // his manager
    }

    @Test
    void aReRunRecordsNothingTwice() {
        assertThat(importAndWait(export()).get("recorded").asInt()).isEqualTo(7);
        JsonNode again = importAndWait(export());
        assertThat(again.get("state").asText()).isEqualTo("DONE");
        assertThat(again.get("recorded").asInt()).isZero();
        assertThat(again.get("alreadyPresent").asInt()).isEqualTo(7);
        assertThat(again.get("alreadyPresentBecause").get("HIRED_BEFORE").asInt()).isEqualTo(2);
        assertThat(again.get("alreadyPresentBecause").get("HISTORY_ALREADY_IMPORTED").asInt()).isEqualTo(3);
        assertThat(again.get("alreadyPresentBecause").get("SOURCE_REFERENCE_ALREADY_RECORDED").asInt()).isEqualTo(2);
        assertThat(ApiClient.kinds(api.timelineWhen(employee("g"), "", 5))).hasSize(5);
    }

    /** Before the first framework version (2020) no level has a rank: history from then cannot rank a mentor. */
    @Test
    void aMentorshipDatedBeforeTheFirstFrameworkVersionCannotRankItsPeople() {
        JsonNode done = importAndWait(Map.of("employees", """
                employee_ref,name,email,login_name,track,level,team,tribe,manager_ref,hired_on
                %s,Ada Mentor,ada.%s@example.com,ada.%s,Engineering,E5,Platform,,,2015-03-01
                %s,Linus Mentee,linus.%s@example.com,linus.%s,Engineering,E1,Platform,,,2016-04-01
                """.formatted(ref("m"), run, run, ref("e"), run, run)));
        assertThat(done.get("recorded").asInt()).isEqualTo(2);
        api.timelineWhen(employee("e"), "", 1);

        Reply requested = api.call("POST", "/api/mentorships", """
                {"menteeId":"%s","kind":"CLASSIC","topic":"history","goals":["recall"],"requestedOn":"2018-01-02"}"""
                .formatted(employee("e")));
        assertThat(requested.status()).isEqualTo(201);
        Reply match = api.call("POST", "/api/mentorships/" + requested.body().get("mentorshipId").asText() + "/match",
                               """
                {"mentorId":"%s","matchedOn":"2018-01-09"}""".formatted(employee("m")));
        assertThat(match.status()).isEqualTo(422);
        assertThat(match.code()).isEqualTo("RANK_UNKNOWN");
    }

    @Test
    void aRowTheStoreContradictsIsRefusedWithItsLineAndTheRestIsImported() {
        assertThat(importAndWait(export()).get("recorded").asInt()).isEqualTo(7);
        // A corrected export: Grace hired as E1, then promoted to E2. Her hire stays as first recorded (E2), so the
        // promotion from E1 contradicts the store; the new course still goes in.
        Map<String, String> corrected = new LinkedHashMap<>();
        corrected.put("employees", employees().replace("Engineering,E2,Platform", "Engineering,E1,Platform"));
        corrected.put("promotions", """
                employee_ref,from_level,to_level,promoted_on
                %s,E1,E2,2017-01-01
                """.formatted(ref("g")));
        corrected.put("courses", """
                employee_ref,course_id,title,provider,hours,completed_on
                %s,rust-101,Rust,WORKSHOP,3,2024-02-02
                """.formatted(ref("g")));
        JsonNode done = importAndWait(corrected);
        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("recorded").asInt()).isEqualTo(1);
        JsonNode refused = done.get("refused").get(0);
        assertThat(refused.get("file").asText()).isEqualTo("promotions.csv");
        assertThat(refused.get("line").asInt()).isEqualTo(2);
        assertThat(refused.get("code").asText()).isEqualTo("IMPORTED_HISTORY_INCONSISTENT");
        assertThat(ApiClient.kinds(api.timelineWhen(employee("g"), "", 6))).doesNotContain("PROMOTED");
    }

    @Test
    void everyErrorIsReportedWithItsLineAndNothingIsImported() {
        Map<String, String> export = new LinkedHashMap<>();
        export.put("employees", employees() + """
                %s,No Date,nd.%s@example.com,nd.%s,Engineering,E1,Platform,,,someday
                %s,Bad Track,bt.%s@example.com,bt.%s,Astronautics,E1,Platform,,,2020-01-01
                %s,Twice,twice.%s@example.com,grace.%s,Engineering,E1,Platform,,,2020-01-01
                %s,Shouting,sh.%s@example.com,Shouting Login!,Engineering,E1,Platform,,,2020-01-01
                """.formatted(ref("nd"), run, run, ref("bt"), run, run, ref("tw"), run, run, ref("sh"), run));
        export.put("promotions", """
                employee_ref,from_level,to_level,promoted_on
                %s,E3,E4,2020-03-01
                %s,E1,E1,2022-03-01
                """.formatted(ref("g"), ref("a")));
        export.put("courses", """
                employee_ref,course_id,title,provider,hours,completed_on
                nobody-%s,k8s,K8s,ACADEMY,1,2022-01-01
                %s,k8s,K8s,SPACE_ACADEMY,-1,2030-01-01
                """.formatted(run, ref("a")));
        export.put("levels", "employee_ref,track\n");

        Reply refused = api.as(TestUsers.TALENT_PARTNER).upload("/api/import", files(export));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> errors = refused.body().get("errors").findValuesAsText("file").stream().toList();
        String all = refused.body().get("errors").toString();
        assertThat(all).contains("\"file\":\"employees.csv\",\"line\":4,\"column\":\"hired_on\"")
                       .contains("\"line\":5,\"column\":\"level\"")
                       .contains("\"line\":6,\"column\":\"login_name\"", "already on line 2")
                       .contains("\"line\":7,\"column\":\"login_name\"", "login_name must be 2 to 64 lower-case letters")
                       .contains("\"file\":\"promotions.csv\",\"line\":2,\"column\":\"from_level\"")
                       .contains("\"file\":\"promotions.csv\",\"line\":3,\"column\":\"to_level\"", "does not rank above")
                       .contains("\"file\":\"courses.csv\",\"line\":2,\"column\":\"employee_ref\"")
                       .contains("\"file\":\"courses.csv\",\"line\":3,\"column\":\"provider\"")
                       .contains("\"line\":3,\"column\":\"hours\"", "\"line\":3,\"column\":\"completed_on\"")
                       .contains("\"file\":\"levels.csv\",\"line\":1,\"column\":\"level\"");
        assertThat(errors).hasSizeGreaterThanOrEqualTo(10);
        assertThat(refused.body().get("detail").asText()).contains("nothing was imported");
        assertThat(api.call("GET", "/api/employees/" + employee("g") + "/timeline", null).status()).isEqualTo(404);
    }

    @Test
    void aDryRunChecksOnlyAndBadFilesAreClearErrors() {
        Reply dry = api.as(TestUsers.TALENT_PARTNER).upload("/api/import?dryRun=true", files(export()));
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.body().get("valid").asBoolean()).isTrue();
        assertThat(dry.body().get("commands").asInt()).isEqualTo(7);
        assertThat(api.call("GET", "/api/employees/" + employee("g") + "/timeline", null).status()).isEqualTo(404);

        Map<String, Map.Entry<String, byte[]>> latin1 = Map.of("employees", new SimpleEntry<>(
                "employees.csv", "employee_ref,name\n1,J\u00fcrgen\n".getBytes(StandardCharsets.ISO_8859_1)));
        Reply notUtf8 = api.as(TestUsers.TALENT_PARTNER).upload("/api/import", MultipartBody.of(latin1));
        assertThat(notUtf8.status()).isEqualTo(422);
        assertThat(notUtf8.body().toString()).contains("not UTF-8");
        assertThat(api.as(TestUsers.TALENT_PARTNER).upload("/api/import", files(Map.of())).status()).isEqualTo(422);
        assertThat(api.as(TestUsers.TALENT_PARTNER).upload("/api/import?source=no/slashes", files(export())).status())
                .isEqualTo(400);
        assertThat(api.as(TestUsers.TALENT_PARTNER).call("GET", "/api/import/no-such-run", null).status()).isEqualTo(404);
    }
}
