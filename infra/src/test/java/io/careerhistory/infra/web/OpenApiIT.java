package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document lists every endpoint of the HTTP API that the application actually maps. */
class OpenApiIT extends ApiIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryApiEndpointWithItsMethodAndAnExample() {
        ApiClient.Reply doc = api.call("GET", "/v3/api-docs", null);
        assertThat(doc.status()).isEqualTo(200);
        JsonNode paths = doc.body().get("paths");

        List<String> mapped = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPathPatternsCondition().getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> mapped.add(method.name().toLowerCase() + " " + path))));
        assertThat(mapped).hasSizeGreaterThan(20);
        assertThat(mapped).allSatisfy(endpoint -> {
            String[] methodAndPath = endpoint.split(" ", 2);
            assertThat(paths.has(methodAndPath[1])).as(endpoint + " is documented").isTrue();
            JsonNode operation = paths.get(methodAndPath[1]).get(methodAndPath[0]);
            assertThat(operation).as(endpoint + " is documented").isNotNull();
            JsonNode example = methodAndPath[0].equals("post") && operation.has("requestBody")
                    ? operation.at("/requestBody/content").elements().next().get("example") // JSON, or files
                    : successOf(operation).get("content").elements().next().get("example");
            assertThat(example).as(endpoint + " has an example").isNotNull();
            assertThat(example.isMissingNode() || example.isNull()).as(endpoint + " has an example").isFalse();
        });
        assertThat(paths.get("/api/employees").get("post").get("parameters").toString()).contains("Idempotency-Key");
        JsonNode hireAnswers = paths.get("/api/employees").get("post").get("responses");
        assertThat(hireAnswers.has("201")).as("a command answers 201").isTrue();
        assertThat(hireAnswers.has("200")).isFalse();
        assertThat(hireAnswers.get("201").get("headers").has("Career-Position")).isTrue();
        assertThat(paths.get("/api/employees/{employeeId}/timeline").get("get").get("parameters").toString())
                .contains("Career-Consistent-With");
        assertThat(api.send("GET", "/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    /** The first 2xx answer of an operation. */
    private static JsonNode successOf(JsonNode operation) {
        for (Iterator<Map.Entry<String, JsonNode>> answers = operation.get("responses").fields(); answers.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = answers.next();
            if (answer.getKey().startsWith("2")) {
                return answer.getValue();
            }
        }
        throw new AssertionError("No 2xx answer in " + operation);
    }

    @Test
    void answersWhatTheInfrastructureEndpointsReallyAnswer() {
        JsonNode paths = api.call("GET", "/v3/api-docs", null).body().get("paths");
        JsonNode rebuild = paths.get("/api/admin/projections/{name}/rebuild").get("post").get("responses");
        assertThat(rebuild.has("202")).as("a rebuild is accepted, then runs").isTrue();
        assertThat(rebuild.has("200")).isFalse();
        assertThat(rebuild.at("/202/content").elements().next().get("example").has("state")).isTrue();
        JsonNode importing = paths.get("/api/import").get("post").get("responses");
        assertThat(importing.has("202")).as("an import is accepted, then runs").isTrue();
        assertThat(importing.has("200")).as("a dry run answers at once").isTrue();
        assertThat(importing.at("/202/content").elements().next().get("schema").toString()).contains("ImportProgress");
        assertThat(importing.get("202").has("headers")).as("an import records on its own thread: no position").isFalse();
    }
}
