package io.careerhistory.infra.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;

/** A driver client of a backend served in a test, giving up in seconds when the server is gone (a crash test's). */
final class ServedClients {

    private ServedClients() {
    }

    static MongoClient clientOf(MongoServer server) {
        return MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()
                                   + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=5000");
    }
}
