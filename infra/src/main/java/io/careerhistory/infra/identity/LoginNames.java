package io.careerhistory.infra.identity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.privacy.BlindIndex;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Which employee a signed-in user is: the one hired with their login name ({@code login_names}, a key lookup on the
 * login's blind index).
 */
@Component
public class LoginNames {

    private final MongoCollection<Document> names;
    private final BlindIndex blindIndex;

    LoginNames(MongoDatabase database, BlindIndex blindIndex) {
        this.names = database.getCollection(MongoLoginNameRegistry.COLLECTION);
        this.blindIndex = blindIndex;
    }

    public Optional<String> employeeIdOf(String loginName) {
        return Optional.ofNullable(names.find(eq("_id", blindIndex.ofLoginName(loginName))).first())
                       .map(d -> d.getString("employeeId"));
    }

    /** Erasure: the employee's login name no longer signs in as them, and may be given to someone else. */
    public void forget(String employeeId) {
        names.deleteMany(eq("employeeId", employeeId));
    }
}
