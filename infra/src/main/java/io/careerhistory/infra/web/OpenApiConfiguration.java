package io.careerhistory.infra.web;

import io.careerhistory.command.api.idempotency.IdempotencyFilter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/** The OpenAPI document: what the API is, and the headers every command takes that no controller method names. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI careerHistoryApi() {
        return new OpenAPI().info(new Info()
                .title("career-history")
                .description("The immutable career record: commands record facts, queries read the views. Errors are "
                                     + "RFC 7807 problem JSON with a stable business `code`.")
                .version("1")
                .license(new License().name("Apache-2.0")));
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
}
