package io.careerhistory.infra.identity;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.careerhistory.events.PersonalData;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.infra.privacy.BlindIndex;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * {@code email_index}: which employee an email address belongs to (for xAPI's {@code mbox}), keyed by the address's
 * blind index so that the table never holds an address. A view like any other: rebuilt by replay, and an erased
 * employee's address, which replays as {@link PersonalData#ERASED}, is not indexed again.
 */
@Component
@ProcessingGroup(EmailAddresses.PROCESSING_GROUP)
public class EmailAddresses {

    public static final String PROCESSING_GROUP = "email-index";
    static final String COLLECTION = "email_index";

    private final ViewCollection index;
    private final BlindIndex blindIndex;

    @Autowired
    EmailAddresses(MongoDatabase database, ViewCollections views, BlindIndex blindIndex) {
        this(ViewCollection.live(database, views, COLLECTION), blindIndex);
    }

    EmailAddresses(ViewCollection index, BlindIndex blindIndex) {
        this.index = index;
        this.blindIndex = blindIndex;
    }

    @EventHandler
    void on(EmployeeHiredEvent event) {
        if (event.email() != null && !PersonalData.ERASED.equals(event.email())) {
            String key = blindIndex.ofEmail(event.email());
            index.get().replaceOne(eq("_id", key), new Document("_id", key).append("employeeId", event.employeeId().value()),
                             new ReplaceOptions().upsert(true));
        }
    }

    @ResetHandler
    void reset() {
        index.get().deleteMany(new Document());
    }

    public Optional<String> employeeIdOf(String email) {
        return Optional.ofNullable(index.get().find(eq("_id", blindIndex.ofEmail(email))).first())
                       .map(d -> d.getString("employeeId"));
    }
}
