package io.careerhistory.infra.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.yaml.MappingJackson2YamlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The API speaks JSON only. Spring MVC adds a YAML converter whenever jackson-dataformat-yaml is on the classpath
 * (springdoc brings it), with a mapper of its own: it wrote dates as {@code [2023, 2, 1]} and took bodies with
 * unknown fields, which the JSON mapper refuses (ADR 0025). A YAML body now gets 415, an Accept of YAML 406.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(MappingJackson2YamlHttpMessageConverter.class::isInstance);
    }
}
