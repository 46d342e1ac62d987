package io.careerhistory.infra.deadletters;

import io.careerhistory.infra.cluster.EventHandlerGroups;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * An event that fails a handler is dead-lettered in MongoDB per aggregate (the processors' sequencing policy), and the
 * processor goes on with everything else (ADR 0024). Later events of the same aggregate queue up behind it, so a view
 * never applies them out of order. Failures of MongoDB itself are not dead-lettered: see {@link RetryWhenMongoIsAway}.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    ConfigurerModule deadLetterQueues(MongoTemplate template, @Qualifier("eventSerializer") Serializer serializer,
                                      ListableBeanFactory beans) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerDeadLetterQueueProvider(group -> config -> new InOrderDeadLetterQueue(
                    MongoSequencedDeadLetterQueue.builder().processingGroup(group).mongoTemplate(template)
                                                 .serializer(serializer).build(),
                    template.deadLetterCollection(), group));
            processing.registerDefaultDeadLetterPolicy(config -> new RetryWhenMongoIsAway());
            // Without the cache, every event costs each processor a count of the dead letters of its aggregate.
            EventHandlerGroups.of(beans).keySet().forEach(
                    group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                            group, (config, invoker) -> invoker.enableSequenceIdentifierCache()));
        };
    }
}
