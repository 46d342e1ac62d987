package io.careerhistory.infra.axon;

import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.eventstore.StoreHead;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Shows the head of the event store under /actuator/info: how many commits and events it holds. */
@Component
class EventStoreInfoContributor implements InfoContributor {

    private final MongoCommitEventStorageEngine engine;

    EventStoreInfoContributor(MongoCommitEventStorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public void contribute(Info.Builder builder) {
        StoreHead head = engine.refreshHead();
        builder.withDetail("eventStore", Map.of("commits", head.position(), "events", head.nextGlobalIndex()));
    }
}
