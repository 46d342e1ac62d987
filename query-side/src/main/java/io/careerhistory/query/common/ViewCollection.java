package io.careerhistory.query.common;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.function.Supplier;

/** A view's collection: a fixed one (a rebuild's target, a test), or the live one, wherever it now is. */
public final class ViewCollection {

    private final Supplier<MongoCollection<Document>> collection;

    private ViewCollection(Supplier<MongoCollection<Document>> collection) {
        this.collection = collection;
    }

    public static ViewCollection fixed(MongoDatabase database, String name) {
        MongoCollection<Document> collection = database.getCollection(name);
        return new ViewCollection(() -> collection);
    }

    public static ViewCollection live(MongoDatabase database, ViewCollections views, String logical) {
        return new ViewCollection(() -> database.getCollection(views.physical(logical)));
    }

    public MongoCollection<Document> get() {
        return collection.get();
    }
}
