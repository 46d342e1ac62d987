package io.careerhistory.query.search;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.addEachToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

/**
 * {@code search_index}: an inverted index keyed by {@code <type>:<prefix>}, so that a query is one {@code _id $in}
 * lookup per word, which the embedded server answers without a scan, exactly as a real MongoDB does. Each document
 * holds the things of that type with a term starting with the prefix, and their full terms. Writes are a {@code $set}
 * of the label and an {@code $addToSet} of terms, so a redelivered event changes nothing.
 */
@Repository
public class SearchIndexRepository {

    static final String COLLECTION = "search_index";
    static final List<String> TYPES = List.of("person", "skill", "course", "talk", "team", "topic");

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    static final int FACT_MIN_PREFIX = 3;

    private final ViewCollection index;

    /** The live view: served from whichever collection the last rebuild switched to (blue/green, ADR 0017). */
    @Autowired
    public SearchIndexRepository(MongoDatabase database, ViewCollections views) {
        this.index = ViewCollection.live(database, views, COLLECTION);
    }

    public SearchIndexRepository(MongoDatabase database) {
        this(database, COLLECTION);
    }

    /** A repository on another collection, e.g. a fresh one that a rebuild fills. */
    public SearchIndexRepository(MongoDatabase database, String collection) {
        this.index = ViewCollection.fixed(database, collection);
    }

    /** The index writes of one event, sent together by {@link #write}. */
    Batch batch() {
        return new Batch();
    }

    /** One bulk write for the whole batch: one round trip, and on the embedded server one commit to disk. */
    void write(Batch batch) {
        if (!batch.updates.isEmpty()) {
            index.get().bulkWrite(batch.updates);
        }
    }

    /** Writes that only ever set or add, so that a redelivered event changes nothing. */
    static final class Batch {

        private final List<UpdateOneModel<Document>> updates = new ArrayList<>();

        private Batch() {
        }

        /** A thing of the catalogue, under every prefix of every term of {@code text}. */
        Batch add(String type, String id, String label, String text) {
            String key = key(id);
            for (String term : SearchTerms.of(text)) {
                for (String prefix : SearchTerms.prefixes(term)) {
                    updates.add(new UpdateOneModel<>(eq("_id", type + ":" + prefix),
                                                     combine(set("hits." + key + ".id", id),
                                                             set("hits." + key + ".label", label),
                                                             addEachToSet("hits." + key + ".terms", List.of(term))),
                                                     UPSERT));
                }
            }
            return this;
        }

        /**
         * Files someone under the words of one fact of their career (a course completed, a talk, a rotation...), so
         * that "kubernetes design" finds who completed Kubernetes and rotated into Design: every word must match the
         * person's name or any of their facts. The fact's terms are kept beside it ({@code fact:<employee>:<fact>}),
         * so that {@link #removeFact} can take back exactly its words when it is retracted or cancelled.
         */
        Batch addFact(String employeeId, String factId, String text) {
            String person = key(employeeId);
            String fact = key(factId);
            List<String> terms = List.copyOf(SearchTerms.of(text));
            updates.add(new UpdateOneModel<>(eq("_id", factDocument(employeeId, factId)), set("terms", terms), UPSERT));
            for (String prefix : prefixesOf(terms)) { // each prefix keeps only the terms it begins: documents stay small
                List<String> begun = terms.stream().filter(term -> term.startsWith(prefix)).toList();
                updates.add(new UpdateOneModel<>(eq("_id", "person:" + prefix),
                                                 combine(set("hits." + person + ".id", employeeId),
                                                         set("hits." + person + ".facts." + fact, begun)),
                                                 UPSERT));
            }
            return this;
        }
    }

    /** Takes back the words of a fact {@link Batch#addFact} filed; one never filed (or taken back) is nothing. */
    void removeFact(String employeeId, String factId) {
        Document filed = index.get().find(eq("_id", factDocument(employeeId, factId))).first();
        if (filed == null) {
            return;
        }
        String field = "hits." + key(employeeId) + ".facts." + key(factId);
        List<WriteModel<Document>> updates = new ArrayList<>();
        prefixesOf(filed.getList("terms", String.class))
                .forEach(prefix -> updates.add(new UpdateOneModel<>(eq("_id", "person:" + prefix), unset(field))));
        updates.add(new DeleteOneModel<>(eq("_id", filed.get("_id"))));
        index.get().bulkWrite(updates);
    }

    /**
     * A fact's prefixes, from {@value #FACT_MIN_PREFIX} characters: two-letter documents would hold nearly everyone's
     * facts, and rewriting them on every fact doubled what the search projection cost. Two letters find people by name.
     */
    private static Set<String> prefixesOf(List<String> terms) {
        Set<String> prefixes = new LinkedHashSet<>();
        terms.forEach(term -> SearchTerms.prefixes(term).stream().filter(p -> p.length() >= FACT_MIN_PREFIX)
                                         .forEach(prefixes::add));
        return prefixes;
    }

    private static String factDocument(String employeeId, String factId) {
        return "fact:" + employeeId + ":" + factId;
    }

    /** The index documents for these prefixes, of every type. */
    List<Document> find(Collection<String> prefixes) {
        List<String> ids = new ArrayList<>();
        prefixes.forEach(prefix -> TYPES.forEach(type -> ids.add(type + ":" + prefix)));
        List<Document> found = new ArrayList<>();
        index.get().find(in("_id", ids)).forEach(found::add);
        return found;
    }

    public void deleteAll() {
        index.get().deleteMany(new Document());
    }

    /** A field name for any id: ids may hold dots or spaces, which field names must not. */
    private static String key(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }
}
