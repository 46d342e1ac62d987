package io.careerhistory.infra.identity;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.privacy.BlindIndex;
import io.careerhistory.query.common.RebuildableView;
import io.careerhistory.query.common.ViewCollection;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

/** The email index is a view like the others, rebuilt blue/green. */
@Component
class EmailIndexView implements RebuildableView {

    private final BlindIndex blindIndex;

    EmailIndexView(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    @Override
    public String processingGroup() {
        return EmailAddresses.PROCESSING_GROUP;
    }

    @Override
    public List<String> collections() {
        return List.of(EmailAddresses.COLLECTION);
    }

    @Override
    public List<Object> handlersWritingTo(MongoDatabase database, UnaryOperator<String> target) {
        return List.of(new EmailAddresses(ViewCollection.fixed(database, target.apply(EmailAddresses.COLLECTION)), blindIndex));
    }
}
