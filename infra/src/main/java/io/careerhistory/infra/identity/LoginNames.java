package io.careerhistory.infra.identity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** Which employee a signed-in user is: the one hired with their login name ({@code login_names}, a key lookup). */
@Component
public class LoginNames {

    private final MongoCollection<Document> names;

    LoginNames(MongoDatabase database) {
        this.names = database.getCollection(MongoLoginNameRegistry.COLLECTION);
    }

    public Optional<String> employeeIdOf(String loginName) {
        return Optional.ofNullable(names.find(eq("_id", loginName)).first()).map(d -> d.getString("employeeId"));
    }
}
