package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoClient;
import io.careerhistory.command.career.EmployeeCareer;
import io.careerhistory.command.career.HireEmployeeCommand;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.command.standing.FrameworkInForce;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import io.careerhistory.command.career.RecordCourseCompletionCommand;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseProvider;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command nodes, each with its own command bus, repository, engine and MongoDB client, handle a command for the
 * same employee at the same version. Both handlers run; at commit, one succeeds and the other gets a concurrency error.
 */
class TwoNodeCommandConcurrencyIT {

    private static final EmployeeId ADA = EmployeeId.of("ada");

    private EmbeddedMongoForTests mongo;
    private final List<MongoClient> clients = new ArrayList<>();
    private final List<EmbeddedEventStore> stores = new ArrayList<>();

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongoForTests();
    }

    @AfterEach
    void stop() {
        stores.forEach(EmbeddedEventStore::shutDown);
        clients.forEach(MongoClient::close);
        mongo.close();
    }

    /**
     * The aggregate's handlers check roles against the framework in force (here, one with Engineering E3) and a named
     * manager's standing (here nobody is named).
     */
    private static final FrameworkInForce ENGINEERING_E3 = FrameworkInForce.only(new FrameworkVersionPublishedEvent(
            "career-framework", 1, LocalDate.parse("2020-01-01"),
            List.of(new TrackDefinition("Engineering", List.of(new LevelDefinition("E3", "Senior Engineer", 3, List.of()))))));
    private static final EmployeeStandings NOBODY_ELSE = (employee, on) -> Optional.empty();
    private static final ParameterResolverFactory RESOLVERS = MultiParameterResolverFactory.ordered(
            ClasspathParameterResolverFactory.forClass(EmployeeCareer.class),
            new SimpleResourceParameterResolverFactory(List.of(ENGINEERING_E3, NOBODY_ELSE)));

    private SimpleCommandBus node(CyclicBarrier bothHandled) {
        MongoClient client = mongo.client();
        clients.add(client);
        EventStorageEngine engine = MongoCommitEventStorageEngineIT.engine(client.getDatabase("nodes"), List.of());
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        stores.add(store);
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<EmployeeCareer>builder()
                                         .aggregateType(EmployeeCareer.class)
                                         .parameterResolverFactory(RESOLVERS)
                                         .repository(EventSourcingRepository.builder(EmployeeCareer.class)
                                                                            .parameterResolverFactory(RESOLVERS)
                                                                            .eventStore(store).build())
                                         .build()
                                         .subscribe(bus);
        if (bothHandled != null) {
            // Hold each unit of work after its handler ran and before it commits, until both nodes got there.
            bus.registerHandlerInterceptor((unitOfWork, chain) -> {
                Object result = chain.proceed();
                bothHandled.await(10, TimeUnit.SECONDS);
                return result;
            });
        }
        return bus;
    }

    private static RecordCourseCompletionCommand completion(String course) {
        return new RecordCourseCompletionCommand(ADA, course, course, course, CourseProvider.ACADEMY, List.of(),
                                                 BigDecimal.ONE, LocalDate.parse("2024-05-01"), null);
    }

    @Test
    void twoCommandsOnTheSameVersionOnTwoNodesGiveOneSuccessAndOneConcurrencyError() throws Exception {
        CyclicBarrier bothHandled = new CyclicBarrier(2);
        SimpleCommandBus first = node(bothHandled);
        SimpleCommandBus second = node(bothHandled);
        FutureCallback<Object, Object> hired = new FutureCallback<>();
        node(null).dispatch(GenericCommandMessage.asCommandMessage(
                new HireEmployeeCommand(ADA, "Ada", "ada@example.com", "ada", "Engineering", "E3", "Payments", null, null,
                                        null, LocalDate.parse("2023-01-01"))), hired);
        assertThat(hired.get(10, TimeUnit.SECONDS).isExceptional()).isFalse();

        FutureCallback<Object, Object> onFirst = new FutureCallback<>();
        FutureCallback<Object, Object> onSecond = new FutureCallback<>();
        Thread a = new Thread(() -> first.dispatch(GenericCommandMessage.asCommandMessage(completion("from-node-1")), onFirst));
        Thread b = new Thread(() -> second.dispatch(GenericCommandMessage.asCommandMessage(completion("from-node-2")), onSecond));
        a.start();
        b.start();
        a.join();
        b.join();

        List<CommandResultMessage<?>> results = List.of(onFirst.get(10, TimeUnit.SECONDS), onSecond.get(10, TimeUnit.SECONDS));
        assertThat(results).filteredOn(r -> !r.isExceptional()).hasSize(1);
        assertThat(results).filteredOn(CommandResultMessage::isExceptional)
                           .singleElement()
                           .satisfies(r -> assertThat(r.exceptionResult()).isInstanceOf(ConcurrencyException.class));
        EventStorageEngine reader = MongoCommitEventStorageEngineIT.engine(clients.get(0).getDatabase("nodes"), List.of());
        assertThat(reader.readEvents("ada").asStream()).hasSize(2); // the hire and exactly one completion: no fork
    }
}
