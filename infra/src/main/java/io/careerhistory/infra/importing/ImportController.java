package io.careerhistory.infra.importing;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.CurrentActor;
import io.careerhistory.infra.web.Problems;
import io.careerhistory.query.common.NotFound;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/import}: an HRIS export as CSV files (multipart parts {@code employees}, {@code levels},
 * {@code promotions}, {@code courses}, any of them). Every row is checked first: any error, and the answer is 422 with
 * every error and its line, and nothing is imported. Otherwise the import runs (202) and
 * {@code GET /api/import/{importId}} follows it; {@code dryRun=true} only checks.
 */
@RestController
class ImportController {

    private final ImportValidator validator;
    private final HrisImporter importer;
    private final CurrentActor actor;

    ImportController(ImportValidator validator, HrisImporter importer, CurrentActor actor) {
        this.validator = validator;
        this.importer = importer;
        this.actor = actor;
    }

    @PostMapping(value = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "202", description = "Accepted: the import runs; follow it at the Location",
                 content = @Content(schema = @Schema(implementation = ImportProgress.class)))
    @ApiResponse(responseCode = "200", description = "With dryRun=true: the files are valid; what they would record",
                 content = @Content(schema = @Schema(type = "object")))
    ResponseEntity<?> start(@RequestPart(required = false) MultipartFile employees,
                            @RequestPart(required = false) MultipartFile levels,
                            @RequestPart(required = false) MultipartFile promotions,
                            @RequestPart(required = false) MultipartFile courses,
                            @RequestParam(defaultValue = "hris") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String source,
                            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        put(files, ImportValidator.EMPLOYEES, employees);
        put(files, ImportValidator.LEVELS, levels);
        put(files, ImportValidator.PROMOTIONS, promotions);
        put(files, ImportValidator.COURSES, courses);
        ImportPlan plan = validator.validate(files, source);
        if (dryRun) {
            return ResponseEntity.ok(Map.of("valid", true, "employees", plan.employees(), "levels", plan.levels(),
                                            "promotions", plan.promotions(), "courses", plan.courses(),
                                            "commands", plan.steps().size()));
        }
        // who acts: this import, from its source, started by the signed-in user
        String by = "import:" + source + ":" + CommandSender.actorName(actor.name(), actor.actingEmployee());
        ImportProgress started = importer.start(plan, source, by);
        return ResponseEntity.accepted().location(URI.create("/api/import/" + started.importId())).body(started);
    }

    @GetMapping("/api/import/{importId}")
    ImportProgress progress(@PathVariable String importId) {
        return importer.progress(importId).orElseThrow(() -> new NotFound("No import " + importId + " on this node"));
    }

    private static void put(Map<String, String> files, String name, MultipartFile file) throws IOException {
        if (file == null) {
            return;
        }
        try {
            files.put(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                                                  .decode(ByteBuffer.wrap(file.getBytes())).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidImport(List.of(new ImportError(name, 0, null, "is not UTF-8 text")));
        }
    }

    @ExceptionHandler(InvalidImport.class)
    ResponseEntity<ProblemDetail> invalid(InvalidImport e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "import-invalid", "Import refused",
                                            e.getMessage());
        problem.setProperty("errors", e.errors());
        return Problems.answer(problem);
    }

    @ExceptionHandler(ImportAlreadyRunning.class)
    ResponseEntity<ProblemDetail> running(ImportAlreadyRunning e) {
        return Problems.answer(Problems.of(HttpStatus.CONFLICT, "import-running", "An import is running", e.getMessage()));
    }
}
