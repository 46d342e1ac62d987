package io.careerhistory.infra.operations;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code mongo} in the health check: the database answers a ping (Spring's own indicator is off with its client). */
@Component("mongo")
class MongoHealth implements HealthIndicator {

    private final MongoDatabase database;

    MongoHealth(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", database.getName()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("database", database.getName()).withDetail("error", e.getMessage()).build();
        }
    }
}
