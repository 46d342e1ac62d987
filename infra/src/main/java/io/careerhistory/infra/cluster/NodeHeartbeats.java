package io.careerhistory.infra.cluster;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * Each node says every few seconds that it is alive and what it does, in {@code cluster_nodes}, under the same name
 * its processors use as token owner (Axon's default, {@code pid@host}). A node silent for {@link #SILENT_AFTER} counts
 * as gone. The collection is small (one document per node), so reading it whole is no scan worth the name.
 */
@Component
public class NodeHeartbeats {

    static final String COLLECTION = "cluster_nodes";
    static final Duration SILENT_AFTER = Duration.ofSeconds(15);

    private final MongoCollection<Document> nodes;
    private final NodeRoles roles;
    private final Clock clock;
    private final String name = ManagementFactory.getRuntimeMXBean().getName();

    NodeHeartbeats(MongoDatabase database, NodeRoles roles, Clock clock) {
        this.nodes = database.getCollection(COLLECTION);
        this.roles = roles;
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    @Scheduled(fixedDelayString = "${career.cluster.heartbeat-interval:PT5S}")
    void beat() {
        Instant now = clock.instant();
        nodes.replaceOne(eq("_id", name), new Document("_id", name).append("roles", roles.role().name())
                                                                   .append("heartbeatAt", Date.from(now)),
                         new ReplaceOptions().upsert(true));
    }

    /** The query nodes alive now, this one included when it is one. */
    public int liveQueryNodes() {
        Instant since = clock.instant().minus(SILENT_AFTER);
        int live = 0;
        boolean self = false;
        for (Document node : nodes.find()) {
            boolean query = !NodeRoles.Role.COMMAND.name().equals(node.getString("roles"));
            if (query && node.getDate("heartbeatAt").toInstant().isAfter(since)) {
                live++;
                self |= name.equals(node.getString("_id"));
            }
        }
        return live + (roles.runsQuerySide() && !self ? 1 : 0);
    }
}
