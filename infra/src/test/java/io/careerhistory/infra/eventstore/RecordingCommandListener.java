package io.careerhistory.infra.eventstore;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every command the driver sends, so a test can check the shapes of its queries. */
final class RecordingCommandListener implements CommandListener {

    private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        commands.add(event.getCommand().clone());
    }

    List<BsonDocument> commands() {
        return List.copyOf(commands);
    }
}
