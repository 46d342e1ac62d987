package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Talks, learning pods, hack weeks and passion projects over HTTP: each success and each business error code. */
class KnowledgeSharingApiIT extends ApiIntegrationTest {

    private Reply post(String employeeId, String path, String body) {
        return api.call("POST", "/api/employees/" + employeeId + path, body);
    }

    @Test
    void everyKindOfSharingShowsOnTheTimeline() {
        String id = api.hire("Share Often");

        Reply talk = post(id, "/tech-talks", """
                {"title":"Event sourcing in practice","venue":"Tech Talks","skills":["axon"],"givenOn":"2024-03-05"}""");
        assertThat(talk.status()).isEqualTo(201);
        assertThat(talk.body().get("talkId").asText()).isNotBlank();
        assertThat(post(id, "/learning-pods", """
                {"podId":"rust-pod","podName":"Rustaceans","topic":"Rust","joinedOn":"2024-03-10"}""").status()).isEqualTo(201);
        assertThat(post(id, "/learning-pods/rust-pod/leave", """
                {"leftOn":"2024-06-10"}""").status()).isEqualTo(201);
        assertThat(post(id, "/hack-week-projects", """
                {"hackWeek":"2024-spring","title":"Playlist radio","outcome":"SHIPPED","skills":["ml"],"endedOn":"2024-04-12"}
                """).status()).isEqualTo(201);
        String projectId = post(id, "/passion-projects", """
                {"title":"Accessible charts","skills":["a11y"],"startedOn":"2024-05-01"}""").body().get("projectId").asText();
        assertThat(post(id, "/passion-projects/" + projectId + "/shipped", """
                {"outcome":"used by three squads","shippedOn":"2024-08-01"}""").status()).isEqualTo(201);

        JsonNode timeline = api.timelineWhen(id, "", 7);
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "TECH_TALK", "POD_JOINED", "HACK_WEEK_PROJECT",
                                                    "PASSION_PROJECT_STARTED", "POD_LEFT", "PASSION_PROJECT_SHIPPED");
        assertThat(timeline.get("entries").get(4).get("details").get("status").asText()).isEqualTo("SHIPPED");
    }

    @Test
    void repeatsAndMisplacedEndingsAreRefusedWithTheirCodes() {
        String id = api.hire("Rule Tester");
        String talk = """
                {"title":"Once only","venue":"Tech Talks","givenOn":"2024-03-05"}""";
        post(id, "/tech-talks", talk);
        assertCode(post(id, "/tech-talks", talk), 409, "TALK_ALREADY_RECORDED");

        String pod = """
                {"podId":"go-pod","podName":"Gophers","topic":"Go","joinedOn":"2024-03-10"}""";
        post(id, "/learning-pods", pod);
        assertCode(post(id, "/learning-pods", pod), 409, "POD_ALREADY_JOINED");
        assertCode(post(id, "/learning-pods/other-pod/leave", """
                {"leftOn":"2024-06-10"}"""), 409, "NOT_IN_POD");

        String project = """
                {"hackWeek":"2024-spring","title":"Same idea","outcome":"DEMOED","endedOn":"2024-04-12"}""";
        post(id, "/hack-week-projects", project);
        assertCode(post(id, "/hack-week-projects", project), 409, "HACK_WEEK_PROJECT_ALREADY_RECORDED");

        assertCode(post(id, "/passion-projects/no-such-project/stopped", """
                {"reason":"never started","stoppedOn":"2024-05-01"}"""), 404, "PASSION_PROJECT_NOT_FOUND");
        String projectId = post(id, "/passion-projects", """
                {"title":"Side quest","startedOn":"2024-05-01"}""").body().get("projectId").asText();
        post(id, "/passion-projects/" + projectId + "/stopped", """
                {"reason":"no time left","stoppedOn":"2024-06-01"}""");
        assertCode(post(id, "/passion-projects/" + projectId + "/shipped", """
                {"outcome":"after all","shippedOn":"2024-07-01"}"""), 409, "PASSION_PROJECT_ALREADY_ENDED");

        api.timelineWhen(id, "", 6); // the hire and the five accepted facts, nothing more
    }

    @Test
    void badInputNamesTheField() {
        String id = api.hire("Bad Input");
        Reply badOutcome = post(id, "/hack-week-projects", """
                {"hackWeek":"2024-spring","title":"X","outcome":"WON","endedOn":"2024-04-12"}""");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.body().get("detail").asText()).contains("outcome").contains("SHIPPED");

        Reply noTitle = post(id, "/tech-talks", """
                {"venue":"Tech Talks","givenOn":"2024-03-05"}""");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body().get("errors").get(0).get("field").asText()).isEqualTo("title");

        Reply badPodId = post(id, "/learning-pods/bad%20pod/leave", """
                {"leftOn":"2024-06-10"}""");
        assertThat(badPodId.status()).isEqualTo(400);
        api.timelineWhen(id, "", 1);
    }

    private static void assertCode(Reply reply, int status, String code) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.code()).isEqualTo(code);
    }

    @Test
    void aColleagueWhoIsNeitherTheEmployeeNorTheirManagerCannotRecordTheirTalk() {
        String id = api.hire("Talk Owner");
        Reply byColleague = api.as(TestUsers.COMMITTEE).call("POST", "/api/employees/" + id + "/tech-talks", """
                {"title":"Not mine to record","venue":"Tech Talks","givenOn":"2024-03-05"}""");

        assertThat(byColleague.status()).isEqualTo(403);
        assertThat(byColleague.code()).isEqualTo("NOT_YOUR_RECORD");
        assertThat(api.timelineWhen(id, "", 1).get("entries")).hasSize(1);
    }
}
