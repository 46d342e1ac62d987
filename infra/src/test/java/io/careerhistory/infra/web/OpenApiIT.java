package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document lists every endpoint of the HTTP API that the application actually maps. */
class OpenApiIT extends ApiIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryApiEndpointWithItsMethod() {
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
            assertThat(paths.get(methodAndPath[1]).has(methodAndPath[0])).as(endpoint + " is documented").isTrue();
        });
        assertThat(paths.get("/api/employees").get("post").get("parameters").toString()).contains("Idempotency-Key");
        assertThat(api.send("GET", "/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }
}
