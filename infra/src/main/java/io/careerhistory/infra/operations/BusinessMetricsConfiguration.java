package io.careerhistory.infra.operations;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The business counters' processor starts at the head of the store: it counts what happens, never the history. */
@Configuration
class BusinessMetricsConfiguration {

    @Bean
    ConfigurerModule businessMetricsFromTheHead() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                BusinessMetrics.PROCESSING_GROUP, (config, builder) -> builder.initialToken(source -> source.createHeadToken()));
    }
}
