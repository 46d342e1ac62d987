package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A value of the wrong type is refused (ADR 0025), also where Jackson would convert it: a number or a boolean where the
 * API takes text ({@code "title": 12345} was stored as its digits), text where it takes a number or a boolean
 * ({@code "hours": "6"}). The failure keeps the value, so the answer can say what was sent.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonTypes {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noConversionBetweenTextAndScalars() {
        return builder -> builder.postConfigurer(StrictJsonTypes::refuseConversions);
    }

    private static void refuseConversions(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
    }
}
