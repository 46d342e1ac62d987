package io.careerhistory.infra.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.command.api.CommandAnswerHeaders;
import io.careerhistory.command.api.idempotency.IdempotencyFilter;
import io.careerhistory.infra.consistency.ConsistentReads;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The OpenAPI document: what the API is, and the headers commands and reads take or give that no controller method
 * names.
 */
@Configuration
class OpenApiConfiguration {

    static final String EXAMPLES = "openapi/examples.json";
    private static final String COMMAND_SIDE = "io.careerhistory.command";

    @Bean
    OpenAPI careerHistoryApi() {
        return new OpenAPI().info(new Info()
                .title("career-history")
                .description("The immutable career record: commands record facts, queries read the views. Errors are "
                                     + "RFC 7807 problem JSON with a stable business `code`.")
                .version("1")
                .license(new License().name("Apache-2.0")));
    }

    /**
     * Examples for every endpoint, from {@value #EXAMPLES}, keyed by "METHOD path": the request body of a command, the
     * answer of a query. Kept in one file so that a missing example shows in one test, not in a code review.
     */
    @Bean
    OpenApiCustomizer examples() {
        Map<String, Object> examples = readExamples();
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Object example = examples.get(method.name() + " " + path);
            if (example == null) {
                return;
            }
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
            } else if (operation.getResponses() != null) {
                operation.getResponses().entrySet().stream()
                         .filter(answer -> answer.getKey().startsWith("2") && answer.getValue().getContent() != null)
                         .findFirst()
                         .ifPresent(answer -> answer.getValue().getContent().values()
                                                    .forEach(media -> media.setExample(example)));
            }
        }));
    }

    private static Map<String, Object> readExamples() {
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + EXAMPLES, e);
        }
    }

    @Bean
    OperationCustomizer idempotencyKeyOnCommands() {
        return (operation, handlerMethod) -> {
            if (handlerMethod.hasMethodAnnotation(PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter()
                        .name(IdempotencyFilter.HEADER)
                        .required(false)
                        .description("Repeat-safe retries: the same key with the same body returns the first response")
                        .schema(new StringSchema().maxLength(255))
                        .example("7f1c1a52-3e0e-4a8e-9a51-0d3f9a3c2b11"));
            }
            return operation;
        };
    }

    /**
     * Every command of the command side answers 201 ({@code Created}, {@code ResponseEntity.created}), which springdoc
     * cannot see in a {@code ResponseEntity}: it would document 200.
     */
    @Bean
    OperationCustomizer createdForCommands() {
        return (operation, handlerMethod) -> {
            ApiResponses responses = operation.getResponses();
            if (isCommand(handlerMethod) && responses != null && responses.containsKey("200")
                    && !responses.containsKey("201")) {
                ApiResponse created = responses.remove("200");
                responses.addApiResponse("201", created.description("Created: the fact is recorded"));
            }
            return operation;
        };
    }

    private static boolean isCommand(HandlerMethod handlerMethod) {
        return handlerMethod.getBeanType().getPackageName().startsWith(COMMAND_SIDE)
                && handlerMethod.hasMethodAnnotation(PostMapping.class);
    }

    /**
     * Read your writes (ADR 0028): the position a command answers with, and the header a read waits with. Only the
     * command side's commands are documented with the position: an import or a rebuild records on other threads.
     */
    @Bean
    OperationCustomizer positionsOnCommandsAndReads() {
        return (operation, handlerMethod) -> {
            if (isCommand(handlerMethod) && operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        response.addHeaderObject(CommandAnswerHeaders.POSITION, new Header()
                                .description("The store position of the last event the command recorded")
                                .schema(new IntegerSchema().format("int64")));
                    }
                });
            }
            if (handlerMethod.hasMethodAnnotation(GetMapping.class)) {
                operation.addParametersItem(new HeaderParameter()
                        .name(ConsistentReads.CONSISTENT_WITH)
                        .required(false)
                        .description("A command's Career-Position: answer once the views this endpoint reads show it "
                                             + "(503 views-behind with Retry-After if they cannot within 10 s)")
                        .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ZERO)));
            }
            return operation;
        };
    }
}
