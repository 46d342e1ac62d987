package io.careerhistory.query.common;

import com.mongodb.client.MongoDatabase;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/** A view of one collection filled by one projection: most views. */
public abstract class SingleCollectionView implements RebuildableView {

    private final String processingGroup;
    private final String collection;
    private final BiFunction<MongoDatabase, String, Object> projectionWritingTo;

    /** {@code projectionWritingTo} makes the projection on a repository of the given collection. */
    protected SingleCollectionView(String processingGroup, String collection,
                                   BiFunction<MongoDatabase, String, Object> projectionWritingTo) {
        this.processingGroup = processingGroup;
        this.collection = collection;
        this.projectionWritingTo = projectionWritingTo;
    }

    @Override
    public String processingGroup() {
        return processingGroup;
    }

    @Override
    public List<String> collections() {
        return List.of(collection);
    }

    @Override
    public List<Object> handlersWritingTo(MongoDatabase database, UnaryOperator<String> target) {
        return List.of(projectionWritingTo.apply(database, target.apply(collection)));
    }
}
