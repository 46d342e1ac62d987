package io.careerhistory.infra.projections;

import io.careerhistory.infra.web.Problems;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** For admins: every projection's position, lag and state, and blue/green rebuilds with their progress. */
@RestController
class ProjectionsController {

    private final ProjectionStatuses statuses;
    private final ViewRebuilder rebuilder;

    ProjectionsController(ProjectionStatuses statuses, ViewRebuilder rebuilder) {
        this.statuses = statuses;
        this.rebuilder = rebuilder;
    }

    @GetMapping("/api/admin/projections")
    Map<String, List<ProjectionStatus>> projections() {
        return Map.of("projections", statuses.all());
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    @ApiResponse(responseCode = "202", description = "Accepted: the rebuild runs; follow it at /api/admin/projections")
    ResponseEntity<RebuildProgress> rebuild(@PathVariable String name) {
        RebuildProgress started = rebuilder.start(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections")).body(started);
    }

    @ExceptionHandler(ViewRebuilder.RebuildAlreadyRunning.class)
    ResponseEntity<ProblemDetail> alreadyRunning(ViewRebuilder.RebuildAlreadyRunning e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "rebuild-already-running", "Rebuild already running",
                                            e.getMessage());
        problem.setProperty("code", "REBUILD_ALREADY_RUNNING");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
