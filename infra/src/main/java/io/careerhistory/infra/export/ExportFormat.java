package io.careerhistory.infra.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/** The export's formats: one JSON object a line (the default), CSV with the payload as JSON, or CloudEvents 1.0. */
public enum ExportFormat {

    NDJSON("application/x-ndjson", "ndjson") {
        @Override
        void write(ExportedEvent event, Writer out, ObjectMapper json, boolean first) throws IOException {
            out.write(json.writeValueAsString(event));
            out.write('\n');
        }
    },
    CSV("text/csv", "csv") {
        @Override
        void begin(Writer out) throws IOException {
            out.write("position,eventId,type,aggregateType,aggregateId,sequence,recordedAt,subject,actor,payload\r\n");
        }

        @Override
        void write(ExportedEvent e, Writer out, ObjectMapper json, boolean first) throws IOException {
            out.write(String.join(",", String.valueOf(e.position()), cell(e.eventId()), cell(e.type()),
                                  cell(e.aggregateType()), cell(e.aggregateId()), String.valueOf(e.sequence()),
                                  cell(e.recordedAt().toString()), cell(e.subject()), cell(e.actor()),
                                  cell(json.writeValueAsString(e.payload()))));
            out.write("\r\n");
        }
    },
    /** A CloudEvents JSON batch: {@code type} the event class, {@code source} its aggregate type, {@code subject} the employee. */
    CLOUDEVENTS("application/cloudevents-batch+json", "json") {
        @Override
        void begin(Writer out) throws IOException {
            out.write('[');
        }

        @Override
        void write(ExportedEvent e, Writer out, ObjectMapper json, boolean first) throws IOException {
            ObjectNode cloudEvent = json.createObjectNode()
                                        .put("specversion", "1.0")
                                        .put("id", e.eventId())
                                        .put("source", "/career-history/" + (e.aggregateType() == null ? "events" : e.aggregateType()))
                                        .put("type", e.type())
                                        .put("time", e.recordedAt().toString())
                                        .put("datacontenttype", "application/json");
            if (e.subject() != null) {
                cloudEvent.put("subject", e.subject());
            }
            cloudEvent.put("position", e.position()); // extension attributes: lower-case letters and digits only
            if (e.actor() != null) {
                cloudEvent.put("actor", e.actor());
            }
            cloudEvent.set("data", e.payload());
            if (!first) {
                out.write(',');
            }
            out.write('\n');
            out.write(json.writeValueAsString(cloudEvent));
        }

        @Override
        void end(Writer out) throws IOException {
            out.write("\n]\n");
        }
    };

    private final String mediaType;
    private final String fileExtension;

    ExportFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    public static ExportFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst()
                     .orElseThrow(() -> new IllegalArgumentException("format must be one of " + Arrays.stream(values())
                             .map(f -> f.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + name + "'"));
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return "career-history-events." + fileExtension;
    }

    void begin(Writer out) throws IOException {
    }

    abstract void write(ExportedEvent event, Writer out, ObjectMapper json, boolean first) throws IOException;

    void end(Writer out) throws IOException {
    }

    /** Writes the events a sink receives, in this format. */
    public Sink sink(Writer out, ObjectMapper json) {
        return new Sink(this, out, json);
    }

    public static final class Sink implements java.util.function.Consumer<ExportedEvent> {
        private final ExportFormat format;
        private final Writer out;
        private final ObjectMapper json;
        private boolean first = true;

        private Sink(ExportFormat format, Writer out, ObjectMapper json) {
            this.format = format;
            this.out = out;
            this.json = json;
        }

        public void begin() throws IOException {
            format.begin(out);
        }

        @Override
        public void accept(ExportedEvent event) {
            try {
                format.write(event, out, json, first);
                first = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void end() throws IOException {
            format.end(out);
            out.flush();
        }
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled; null is empty. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
