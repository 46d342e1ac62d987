package io.careerhistory.infra.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.command.career.EmployeeCareer;
import io.careerhistory.infra.consistency.CommittedPosition;
import io.careerhistory.infra.eventstore.CommitHasher;
import io.careerhistory.infra.eventstore.HashChainVerifier;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.eventstore.StoreCheckpoints;
import io.careerhistory.infra.mongo.CareerMongoProperties;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * Axon on MongoDB without Axon Server: our commit-per-document event store, axon-mongo's token and saga stores.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    CommitHasher commitHasher(EventStoreProperties store, CareerMongoProperties mongo) {
        return new CommitHasher(HashChainKey.resolve(store, mongo));
    }

    @Bean
    MongoCommitEventStorageEngine eventStorageEngine(MongoDatabase database, CommitHasher hasher, EventStoreProperties properties,
                                          Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectProvider<EventUpcaster> upcasters, CommittedPosition committed) {
        return MongoCommitEventStorageEngine.builder()
                                            .database(database)
                                            .hasher(hasher)
                                            .batchSize(properties.batchSize())
                                            .holeTimeout(properties.holeTimeout())
                                            .snapshotSerializer(serializer)
                                            .eventSerializer(eventSerializer)
                                            .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                                            .appendListener(committed)
                                            .build();
    }

    @Bean
    StoreCheckpoints storeCheckpoints(MongoDatabase database, CommitHasher hasher, EventStoreProperties properties,
                                      Clock clock) {
        return new StoreCheckpoints(database, hasher, properties.batchSize(), clock);
    }

    @Bean
    HashChainVerifier hashChainVerifier(MongoDatabase database, CommitHasher hasher, StoreCheckpoints checkpoints,
                                        EventStoreProperties properties) {
        return new HashChainVerifier(database, hasher, checkpoints, properties.batchSize(), properties.holeTimeout());
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, CareerMongoProperties properties) {
        return DefaultMongoTemplate.builder()
                                   .mongoDatabase(client, properties.mongodb().database())
                                   .trackingTokensCollectionName("tracking_tokens")
                                   .sagasCollectionName("sagas")
                                   .deadLetterCollectionName("dead_letters")
                                   .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer) {
        return MongoTokenStore.builder()
                              .mongoTemplate(template)
                              .serializer(serializer)
                              .claimTimeout(Duration.ofSeconds(10))
                              .transactionManager(NoTransactionManager.INSTANCE)
                              .build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate template, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(template).serializer(serializer).build();
    }

    @Bean
    SnapshotTriggerDefinition employeeCareerSnapshotTrigger(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    /** Snapshots of an older shape of the aggregate are skipped; loading then replays the events instead. */
    @Bean
    SnapshotFilter employeeCareerSnapshotFilter() {
        return RevisionSnapshotFilter.builder().type(EmployeeCareer.class.getSimpleName())
                                     .revision(EmployeeCareer.SNAPSHOT_REVISION).build();
    }

    @Bean
    CorrelationDataProvider actorAndCausationProvider() {
        return new ActorAndCausationProvider();
    }

    /**
     * A projection whose handler fails stops and retries: the error propagates, the processor releases its
     * segment and tries the same event again with growing back-off, so nothing is skipped silently.
     * Axon's default would log the failure and move on.
     */
    @Bean
    ConfigurerModule stopAndRetryOnHandlerFailure() {
        return configurer -> configurer.eventProcessing()
                                       .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /**
     * Projections run in pooled streaming processors: their tokens live in MongoDB, segments can be shared by several
     * query nodes, and they read the store about three times faster than the older tracking processor.
     */
    @Bean
    ConfigurerModule pooledStreamingProcessors(PromptEventStreams streams) {
        return configurer -> configurer.eventProcessing()
                                       .configureDefaultStreamableMessageSource(config -> streams.over(config.eventStore()))
                                       .usingPooledStreamingEventProcessors();
    }

    /** Processors hear of a commit on this node at once, and look for other nodes' every 500 ms, as Axon's do. */
    @Bean(destroyMethod = "close")
    PromptEventStreams promptEventStreams() {
        return new PromptEventStreams(Duration.ofMillis(500));
    }
}
