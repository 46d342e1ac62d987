package io.careerhistory.infra.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.framework.CareerFramework;
import io.careerhistory.command.framework.PublishFrameworkVersionCommand;
import io.careerhistory.events.framework.TrackDefinition;
import io.careerhistory.infra.axon.SerializerConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Publishes the default career framework ({@value #RESOURCE}: Engineering, Product, Design and Data) as version 1
 * when the store has no framework yet, through the command side like any other version. Runs before the demo data.
 * Two nodes starting together both try; the framework aggregate lets only one version 1 exist.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrameworkBootstrap implements ApplicationRunner {

    static final String RESOURCE = "framework/career-framework-v1.json";
    private static final Logger log = LoggerFactory.getLogger(FrameworkBootstrap.class);

    private final EventStorageEngine storageEngine;
    private final CommandSender commands;

    FrameworkBootstrap(EventStorageEngine storageEngine, CommandSender commands) {
        this.storageEngine = storageEngine;
        this.commands = commands;
    }

    record DefaultFramework(int version, LocalDate effectiveFrom, List<TrackDefinition> tracks) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (storageEngine.lastSequenceNumberFor(CareerFramework.ID).isPresent()) {
            return;
        }
        DefaultFramework framework = read();
        try {
            commands.send(new PublishFrameworkVersionCommand(CareerFramework.ID, framework.version(),
                                                             framework.effectiveFrom(), framework.tracks()), "system");
            log.info("Published the default career framework, version {}", framework.version());
        } catch (BusinessRuleViolation | ConcurrencyException alreadyThere) {
            log.info("The default career framework was published by another node");
        }
    }

    static DefaultFramework read() {
        ObjectMapper json = SerializerConfiguration.storageObjectMapper();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, DefaultFramework.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
