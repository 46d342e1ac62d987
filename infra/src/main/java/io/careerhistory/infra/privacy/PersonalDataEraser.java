package io.careerhistory.infra.privacy;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.career.ErasePersonalDataCommand;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.identity.LoginNames;
import io.careerhistory.infra.mongo.MongoConfiguration.EmbeddedMongoServerHolder;
import io.careerhistory.infra.projections.RebuildProgress;
import io.careerhistory.infra.projections.ViewRebuilder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * Erases an employee's personal data (ADR 0015), in an order that a retry can repeat from the start: record the
 * erasure, destroy the key (every sealed field of theirs, in events, snapshots, sagas and dead letters, is now
 * unreadable), drop their snapshot and login claim, rebuild every view from the events (which now replay their
 * personal fields as erased), then compact the embedded server's data file so that no old page keeps a copy.
 */
@Component
public class PersonalDataEraser {

    private final CommandSender commands;
    private final PersonalDataKeys keys;
    private final MongoDatabase database;
    private final LoginNames loginNames;
    private final ViewRebuilder views;
    private final EmbeddedMongoServerHolder embedded;
    private final Clock clock;

    PersonalDataEraser(CommandSender commands, PersonalDataKeys keys, MongoDatabase database, LoginNames loginNames,
                       ViewRebuilder views, EmbeddedMongoServerHolder embedded, Clock clock) {
        this.commands = commands;
        this.keys = keys;
        this.database = database;
        this.loginNames = loginNames;
        this.views = views;
        this.embedded = embedded;
        this.clock = clock;
    }

    public ErasureReport erase(EmployeeId employee) {
        Instant now = clock.instant();
        commands.send(new ErasePersonalDataCommand(employee, LocalDate.ofInstant(now, clock.getZone())));
        keys.destroy(employee.value(), now);
        long snapshots = database.getCollection(MongoCommitEventStorageEngine.SNAPSHOTS)
                                 .deleteMany(eq("_id", employee.value())).getDeletedCount();
        loginNames.forget(employee.value());
        List<String> rebuilt = new ArrayList<>();
        for (String view : views.views()) {
            if (views.rebuild(view, progress -> { }).state() == RebuildProgress.State.DONE) {
                rebuilt.add(view);
            }
        }
        boolean compacted = embedded.compactDataFile();
        return new ErasureReport(employee.value(), now, true, snapshots, rebuilt, rebuilt.equals(views.views()), compacted);
    }

    /**
     * What was done. {@code viewsCaughtUp} false means a view failed to rebuild (its old collection then still holds
     * the personal data: see the log, and erase again). {@code dataFileCompacted} is false with a real MongoDB, whose storage engine reclaims
     * space itself (ADR 0015).
     */
    public record ErasureReport(String employeeId, Instant erasedAt, boolean keyDestroyed, long snapshotsDeleted,
                                List<String> viewsRebuilt, boolean viewsCaughtUp, boolean dataFileCompacted) {
    }
}
