package io.careerhistory.query.common;

import com.mongodb.client.MongoDatabase;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A view that can be rebuilt beside the live one (blue/green, ADR 0017): its processing group, the collections it
 * owns, and fresh instances of its event handlers writing to other collections.
 */
public interface RebuildableView {

    String processingGroup();

    /** The logical names of the collections the view owns. */
    List<String> collections();

    /** New handlers writing where {@code target} maps each logical collection. */
    List<Object> handlersWritingTo(MongoDatabase database, UnaryOperator<String> target);
}
