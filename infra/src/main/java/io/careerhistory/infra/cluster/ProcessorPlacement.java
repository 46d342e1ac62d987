package io.careerhistory.infra.cluster;

import io.careerhistory.infra.operations.InvalidSetting;
import org.axonframework.common.Registration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.Consumer;

/**
 * Places the event processors by {@link NodeRoles}: a processor of the other side is registered on a source that never
 * delivers, so it claims no token and applies nothing here. Streaming processors start with
 * {@code career.processors.initial-segments} segments (1 by default; at least one per query node that should share
 * the work, set before the first start), which {@link SegmentBalancer} spreads over the query nodes.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorPlacement {

    private static final Logger log = LoggerFactory.getLogger(ProcessorPlacement.class);

    /** Delivers nothing: the handlers of a processor this node does not run stay idle. */
    private static final SubscribableMessageSource<EventMessage<?>> NOTHING = new SubscribableMessageSource<>() {
        @Override
        public Registration subscribe(Consumer<List<? extends EventMessage<?>>> messageProcessor) {
            return () -> true;
        }
    };

    @Bean
    ConfigurerModule processorsByRole(NodeRoles roles, ListableBeanFactory beans,
                                      @Value("${career.processors.initial-segments:1}") int initialSegments) {
        if (initialSegments < 1) {
            throw new InvalidSetting("career.processors.initial-segments must be at least 1, not "
                                                       + initialSegments);
        }
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerPooledStreamingEventProcessorConfiguration(
                    (config, builder) -> builder.initialSegmentCount(initialSegments));
            EventHandlerGroups.of(beans).forEach((group, handler) -> {
                // infra's processors (the email index, the business counters) are views: they go with the query side
                boolean here = Side.of(handler) == Side.COMMAND ? roles.runsCommandSide() : roles.runsQuerySide();
                if (!here) {
                    processing.registerSubscribingEventProcessor(group, config -> NOTHING);
                    log.info("Processor {} does not run on this node (career.roles={})", group, roles.role());
                }
            });
        };
    }
}
