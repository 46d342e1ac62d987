package io.careerhistory.query.framework;

import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.common.ReadsViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The career framework, the transparent pathway: every published version, or the one in force on a date. */
@RestController
@ReadsViews(FrameworkProjection.PROCESSING_GROUP)
class FrameworkViewController {

    private final FrameworkRepository repository;

    FrameworkViewController(FrameworkRepository repository) {
        this.repository = repository;
    }

    @GetMapping(value = "/api/framework", params = "!on")
    Map<String, List<FrameworkVersionPublishedEvent>> published() {
        return Map.of("versions", repository.all().all());
    }

    @GetMapping(value = "/api/framework", params = "on")
    FrameworkVersionPublishedEvent inForce(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return repository.all().inForceOn(on)
                         .orElseThrow(() -> new NotFound("No framework version was in force on " + on));
    }
}
