package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The mentor-matching program over HTTP: a mentorship end to end on both timelines, and each business error code. */
class MentorshipApiIT extends ApiIntegrationTest {

    private Reply post(String path, String body) {
        return api.call("POST", "/api/mentorships" + path, body);
    }

    private String request(String menteeId, String kind) {
        Reply requested = post("", """
                {"menteeId":"%s","kind":"%s","topic":"system design","goals":["write an RFC","run a design review"],
                 "requestedOn":"2024-03-01"}""".formatted(menteeId, kind));
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.body().get("menteeId").asText()).isEqualTo(menteeId);
        return requested.body().get("mentorshipId").asText();
    }

    private String matched(String menteeId, String mentorId, String kind) {
        String mentorshipId = request(menteeId, kind);
        assertThat(post("/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(mentorId)).status()).isEqualTo(201);
        return mentorshipId;
    }

    private static void assertCode(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }

    @Test
    void aMentorshipRunsToItsConclusionAndIsCreditedToTheMentor() {
        String mentee = api.hire("Curious Mentee");
        String mentor = api.hire("Staff Mentor", "Product", "P5");
        String mentorshipId = matched(mentee, mentor, "CLASSIC");

        assertThat(post("/" + mentorshipId + "/sessions", """
                {"minutes":45,"notes":"whiteboarding","heldOn":"2024-03-15"}""").body().get("sessionId").asText())
                .isNotBlank();
        assertThat(post("/" + mentorshipId + "/achieved-goals", """
                {"goal":"write an RFC","achievedOn":"2024-04-01"}""").status()).isEqualTo(201);
        assertThat(post("/" + mentorshipId + "/conclusion", """
                {"menteeFeedback":"learned a lot","mentorFeedback":"great questions","concludedOn":"2024-06-01"}""")
                           .status()).isEqualTo(201);

        JsonNode menteeTimeline = api.timelineWhen(mentee, "", 6);
        assertThat(ApiClient.kinds(menteeTimeline)).containsExactly("HIRED", "MENTORSHIP_REQUESTED", "MENTOR_MATCHED",
                                                                    "MENTORSHIP_SESSION", "MENTORSHIP_GOAL_ACHIEVED",
                                                                    "MENTORSHIP_CONCLUDED");
        assertThat(menteeTimeline.get("entries").get(1).get("details").get("status").asText()).isEqualTo("CONCLUDED");
        JsonNode mentorTimeline = api.timelineWhen(mentor, "", 4);
        assertThat(ApiClient.kinds(mentorTimeline)).containsExactly("HIRED", "MENTORING_STARTED", "MENTORSHIP_SESSION",
                                                                    "MENTORING_GIVEN");
        assertThat(mentorTimeline.get("entries").get(3).get("refs").get("menteeId").asText()).isEqualTo(mentee);
        // each names the other by name, from the directory; the view keeps the id
        assertThat(mentorTimeline.get("entries").get(1).get("title").asText())
                .isEqualTo("Started mentoring Curious Mentee");
        assertThat(mentorTimeline.get("entries").get(3).get("title").asText())
                .isEqualTo("Mentored Curious Mentee on system design");
        assertThat(menteeTimeline.get("entries").get(2).get("title").asText())
                .isEqualTo("Matched with mentor Staff Mentor: system design");

        JsonNode asMentee = api.call("GET", "/api/employees/" + mentee + "/mentorships", null).body().get("asMentee");
        assertThat(asMentee.get(0).get("mentorshipId").asText()).isEqualTo(mentorshipId);
        assertThat(asMentee.get(0).get("status").asText()).isEqualTo("CONCLUDED");
        JsonNode asMentor = api.call("GET", "/api/employees/" + mentor + "/mentorships", null).body().get("asMentor");
        assertThat(asMentor.get(0).get("status").asText()).isEqualTo("CONCLUDED");
        assertThat(asMentor.get(0).get("refs").get("menteeId").asText()).isEqualTo(mentee);
        assertThat(asMentor.get(0).get("title").asText()).isEqualTo("Started mentoring Curious Mentee");
    }

    @Test
    void talentPartnersSeeWhoWaitsForAMentorUntilTheyAreMatchedOrHaveLeft() {
        String waiting = api.hire("Waiting Mentee");
        String leaving = api.hire("Leaving Mentee");
        String mentor = api.hire("Matching Mentor", "Engineering", "E5");
        String waits = request(waiting, "CLASSIC");
        String leaves = request(leaving, "CLASSIC");
        ApiClient talent = api.as(TestUsers.TALENT_PARTNER);

        JsonNode open = talent.getWhen("/api/mentorships/requests",
                                       r -> r.get("requests").findValuesAsText("mentorshipId")
                                             .containsAll(List.of(waits, leaves)));
        JsonNode line = open.get("requests").findParents("mentorshipId").stream()
                            .filter(r -> r.get("mentorshipId").asText().equals(waits)).findFirst().orElseThrow();
        assertThat(line.get("menteeId").asText()).isEqualTo(waiting);
        assertThat(line.get("menteeName").asText()).isEqualTo("Waiting Mentee");
        assertThat(line.get("topic").asText()).isEqualTo("system design");
        assertThat(line.get("requestedOn").asText()).isEqualTo("2024-03-01");

        assertThat(post("/" + waits + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(mentor)).status()).isEqualTo(201);
        assertThat(api.call("POST", "/api/employees/" + leaving + "/departure", """
                {"departedOn":"2024-04-01"}""").status()).isEqualTo(201);
        talent.getWhen("/api/mentorships/requests", r -> {
            List<String> ids = r.get("requests").findValuesAsText("mentorshipId");
            return !ids.contains(waits) && !ids.contains(leaves);
        });
    }

    @Test
    void aMentorshipIsTheMenteesAndTheMentorsToRecordNobodyElses() {
        String mentee = api.hire("Private Mentee");
        String mentor = api.hire("Private Mentor", "Engineering", "E5");
        String mentorshipId = matched(mentee, mentor, "CLASSIC");
        ApiClient emma = api.as(TestUsers.EMPLOYEE); // neither of the two, nor a talent partner

        assertCode(emma.call("POST", "/api/mentorships/" + mentorshipId + "/cancellation", """
                {"reason":"not mine to cancel","cancelledOn":"2024-03-20"}"""), 403, "NOT_PARTY_TO_MENTORSHIP");
        assertCode(emma.call("POST", "/api/mentorships/" + mentorshipId + "/sessions", """
                {"minutes":30,"heldOn":"2024-03-20"}"""), 403, "NOT_PARTY_TO_MENTORSHIP");
        assertCode(emma.call("POST", "/api/mentorships", """
                {"menteeId":"%s","kind":"CLASSIC","topic":"x","goals":["y"],"requestedOn":"2024-03-01"}"""
                .formatted(mentee)), 403, "NOT_YOUR_RECORD");
        assertThat(emma.call("POST", "/api/mentorships/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(mentor)).status()).isEqualTo(403);
        assertThat(api.timelineWhen(mentee, "", 3).get("entries").get(1).get("details").get("status").asText())
                .as("still matched").isEqualTo("MATCHED");
    }

    @Test
    void aReverseMentorRanksBelowTheMentee() {
        String lead = api.hire("Tribe Lead", "Engineering", "E6");
        String junior = api.hire("Fresh Graduate", "Design", "D1");
        String peer = api.hire("Another Lead", "Engineering", "E6");
        String mentorshipId = request(lead, "REVERSE");

        assertCode(post("/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(peer)), 422, "REVERSE_MENTOR_NOT_JUNIOR");
        assertThat(post("/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(junior)).status()).isEqualTo(201);
    }

    @Test
    void mentorshipRulesAnswerWithTheirCodes() {
        String mentee = api.hire("Rule Mentee");
        String peer = api.hire("Rule Peer");
        String senior = api.hire("Rule Senior", "Engineering", "E5");
        String mentorshipId = request(mentee, "CLASSIC");

        assertCode(post("/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(mentee)), 422, "MENTOR_IS_MENTEE");
        assertCode(post("/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(peer)), 422, "MENTOR_NOT_SENIOR");
        assertCode(post("/" + mentorshipId + "/match", """
                {"mentorId":"no-such-person","matchedOn":"2024-03-08"}"""), 404, "EMPLOYEE_NOT_FOUND");
        assertCode(post("/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-02-01"}""".formatted(senior)), 422, "MENTORSHIP_DATE_INVALID");
        assertCode(post("/" + mentorshipId + "/sessions", """
                {"minutes":30,"heldOn":"2024-03-15"}"""), 409, "MENTORSHIP_WRONG_STEP");

        assertThat(post("/" + mentorshipId + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(senior)).status()).isEqualTo(201);
        post("/" + mentorshipId + "/sessions", """
                {"minutes":30,"heldOn":"2024-03-15"}""");
        assertCode(post("/" + mentorshipId + "/sessions", """
                {"minutes":60,"heldOn":"2024-03-15"}"""), 409, "MENTORSHIP_SESSION_ALREADY_LOGGED");
        assertCode(post("/" + mentorshipId + "/achieved-goals", """
                {"goal":"learn Rust","achievedOn":"2024-04-01"}"""), 422, "MENTORSHIP_GOAL_UNKNOWN");
        post("/" + mentorshipId + "/achieved-goals", """
                {"goal":"write an RFC","achievedOn":"2024-04-01"}""");
        assertCode(post("/" + mentorshipId + "/achieved-goals", """
                {"goal":"write an RFC","achievedOn":"2024-04-02"}"""), 409, "MENTORSHIP_GOAL_ALREADY_ACHIEVED");
    }

    @Test
    void suggestionsRankMentorsWhoKnowTheTopicFirstAndSayWhy() {
        String skill = "quantum-" + UUID.randomUUID().toString().substring(0, 6);
        String mentee = api.hire("Suggested Mentee");
        String expert = api.hire("Topic Expert", "Product", "P5");
        api.hire("Peer Of Mentee");
        assertThat(api.call("POST", "/api/employees/" + expert + "/tech-talks", """
                {"title":"All about %s","venue":"Tech Talks","skills":["%s"],"givenOn":"2024-02-01"}"""
                .formatted(skill, skill)).status()).isEqualTo(201);

        JsonNode suggested = api.getWhen("/api/mentorships/suggestions?kind=CLASSIC&mentee=" + mentee + "&topic=" + skill,
                                         s -> s.get("suggestions").size() > 0
                                                 && s.get("suggestions").get(0).get("employeeId").asText().equals(expert));
        JsonNode first = suggested.get("suggestions").get(0);
        assertThat(first.get("reasons").toString()).contains("knows the topic: " + skill, "from another track: Product");
        assertThat(suggested.get("suggestions").findValuesAsText("employeeId")).doesNotContain(mentee);
        assertThat(api.call("GET", "/api/mentorships/suggestions?mentee=nobody", null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/api/mentorships/suggestions?mentee=" + mentee + "&kind=SIDEWAYS", null).status())
                .isEqualTo(400);
    }

    @Test
    void unknownMentorshipsAndBadInputAreRefusedWithoutRecordingAnything() {
        String mentee = api.hire("Input Mentee");

        assertThat(post("/no-such-mentorship/cancellation", """
                {"reason":"none","cancelledOn":"2024-03-08"}""").status()).isEqualTo(404);
        assertCode(post("", """
                {"menteeId":"no-such-person","kind":"CLASSIC","topic":"x","goals":["y"],"requestedOn":"2024-03-01"}"""),
                   404, "EMPLOYEE_NOT_FOUND");
        Reply noGoals = post("", """
                {"menteeId":"%s","kind":"CLASSIC","topic":"x","goals":[],"requestedOn":"2024-03-01"}""".formatted(mentee));
        assertThat(noGoals.status()).isEqualTo(400);
        assertThat(noGoals.body().get("errors").get(0).get("field").asText()).isEqualTo("goals");
        Reply badKind = post("", """
                {"menteeId":"%s","kind":"SIDEWAYS","topic":"x","goals":["y"],"requestedOn":"2024-03-01"}"""
                                     .formatted(mentee));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(api.timelineWhen(mentee, "", 1).get("entries")).hasSize(1);
    }
}
