package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailuresAsProblemsTest {

    private final FailuresAsProblems filter = new FailuresAsProblems();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/employees/e-1/course-completions");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aFailureNothingElseAnsweredIsA500ProblemWithAnIncidentIdAndNoInternals() throws Exception {
        FilterChain failing = (req, res) -> {
            res.getWriter().write("half an answer");
            throw new IllegalStateException("secret internals: collection commits, position 42");
        };

        filter.doFilter(request, response, failing);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(problem.get("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(problem.get("type").asText()).isEqualTo(Problems.TYPE_BASE + "internal-error");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/employees/e-1/course-completions");
        assertThat(problem.get("incident").asText()).matches("[0-9a-f-]{36}");
        assertThat(response.getContentAsString()).doesNotContain("secret", "half an answer");
    }

    @Test
    void mongoDbOutOfReachIsA503ToRetryWithRetryAfter() throws Exception {
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("lookup failed", new MongoTimeoutException("no server within 3000 ms"));
        };

        filter.doFilter(request, response, failing);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(FailuresAsProblems.RETRY_AFTER_SECONDS);
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(problem.get("code").asText()).isEqualTo("STORE_UNAVAILABLE");
        assertThat(problem.get("retryable").asBoolean()).isTrue();
        assertThat(problem.has("incident")).isFalse();
    }

    @Test
    void aServletExceptionFromTheChainIsAnsweredTheSameWay() throws Exception {
        FilterChain failing = (req, res) -> {
            throw new ServletException("from a filter");
        };

        filter.doFilter(request, response, failing);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("\"code\":\"INTERNAL_ERROR\"");
    }

    @Test
    void eachIncidentHasItsOwnId() throws Exception {
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("boom");
        };
        MockHttpServletResponse second = new MockHttpServletResponse();

        filter.doFilter(request, response, failing);
        filter.doFilter(new MockHttpServletRequest("GET", "/api/search"), second, failing);

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(response.getContentAsString()).get("incident"))
                .isNotEqualTo(json.readTree(second.getContentAsString()).get("incident"));
    }

    @Test
    void anAnswerAlreadyOnItsWayIsLeftToTheConnection() throws Exception {
        FilterChain failing = (req, res) -> {
            res.getWriter().write("[{\"partial\":");
            res.flushBuffer();
            throw new IllegalStateException("failed while streaming");
        };

        assertThatThrownBy(() -> filter.doFilter(request, response, failing)).hasMessage("failed while streaming");
        assertThat(response.getContentAsString()).isEqualTo("[{\"partial\":");
    }

    @Test
    void aRequestThatSucceedsPassesUntouched() throws Exception {
        filter.doFilter(request, response, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
            res.getWriter().write("{\"employeeId\":\"e-1\"}");
        });

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("{\"employeeId\":\"e-1\"}");
    }
}
