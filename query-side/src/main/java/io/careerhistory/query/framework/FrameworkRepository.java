package io.careerhistory.query.framework;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.readiness.CanonicalJson;
import io.careerhistory.readiness.FrameworkVersions;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * {@code framework_versions}: one document per published version, {@code _id} = the version number, holding the
 * version as published. Few documents, read whole: the framework is small and changes a few times a year.
 */
@Repository
public class FrameworkRepository {

    static final String COLLECTION = "framework_versions";

    private final ViewCollection versions;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public FrameworkRepository(MongoDatabase database, ViewCollections views) {
        this.versions = ViewCollection.live(database, views, COLLECTION);
    }

    public FrameworkRepository(MongoDatabase database) {
        this(database, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public FrameworkRepository(MongoDatabase database, String collection) {
        this.versions = ViewCollection.fixed(database, collection);
    }

    void put(FrameworkVersionPublishedEvent published) {
        versions.get().replaceOne(eq("_id", published.version()),
                            new Document("_id", published.version()).append("json", CanonicalJson.of(published)),
                            new ReplaceOptions().upsert(true));
    }

    /** Every published version, oldest first. */
    public FrameworkVersions all() {
        List<FrameworkVersionPublishedEvent> published = new ArrayList<>();
        versions.get().find().forEach(d -> published.add(CanonicalJson.read(d.getString("json"),
                                                                      FrameworkVersionPublishedEvent.class)));
        return FrameworkVersions.of(published);
    }

    public void deleteAll() {
        versions.get().deleteMany(new Document());
    }
}
