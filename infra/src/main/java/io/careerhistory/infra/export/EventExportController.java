package io.careerhistory.infra.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.careerhistory.query.common.Viewer;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /api/export/events}: every event, or those of some types, about one employee, recorded in a time range,
 * streamed as it is read. Auditors get the events as recorded; analysts get them pseudonymized (ADR 0015).
 * The parameters are checked before the first byte, so a bad one still gets a problem JSON.
 */
@RestController
class EventExportController {

    private static final int BUFFER = 64 * 1024;
    static final String STORE_HEAD_HEADER = "X-Store-Head-Position";

    private final EventExport export;
    private final Viewer viewer;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                                                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    EventExportController(EventExport export, Viewer viewer) {
        this.export = export;
        this.viewer = viewer;
    }

    @ApiResponse(responseCode = "200", description = "the events, one a line (NDJSON), a CSV row each, or a CloudEvents batch",
                 content = {@Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ExportedEvent.class)),
                            @Content(mediaType = "text/csv"), @Content(mediaType = "application/cloudevents-batch+json")})
    @GetMapping("/api/export/events")
    void export(@RequestParam(defaultValue = "ndjson") String format, @RequestParam(required = false) List<String> type,
                @RequestParam(required = false) String employee, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.parse(format);
        ExportQuery query = ExportQuery.of(type, employee, from, to);
        boolean pseudonymized = !viewer.has("AUDITOR");
        response.setHeader(STORE_HEAD_HEADER, String.valueOf(export.headPosition())); // lets a client show progress
        response.setContentType(chosen.mediaType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + chosen.fileName() + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), BUFFER);
        ExportFormat.Sink sink = chosen.sink(out, json);
        sink.begin();
        export.export(query, pseudonymized, sink);
        sink.end();
    }
}
