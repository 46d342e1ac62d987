package io.careerhistory.command.framework;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.events.framework.TrackDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Publishing a new version of the career framework. Reading it is the query side's {@code GET /api/framework}. */
@RestController
@RequestMapping("/api/framework/versions")
class FrameworkController {

    private final CommandSender commands;

    FrameworkController(CommandSender commands) {
        this.commands = commands;
    }

    record PublishVersion(@NotNull @Min(1) Integer version, @NotNull LocalDate effectiveFrom,
                          @NotEmpty List<@NotNull TrackDefinition> tracks) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> publish(@Valid @RequestBody PublishVersion request) {
        commands.send(new PublishFrameworkVersionCommand(CareerFramework.ID, request.version(), request.effectiveFrom(),
                                                         request.tracks()));
        return ResponseEntity.created(URI.create("/api/framework?version=" + request.version()))
                             .body(Map.of("version", request.version(), "effectiveFrom", request.effectiveFrom().toString()));
    }
}
