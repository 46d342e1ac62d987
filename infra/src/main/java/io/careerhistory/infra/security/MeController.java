package io.careerhistory.infra.security;

import io.careerhistory.command.api.CurrentActor;
import io.careerhistory.events.EmployeeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** Who is signed in: their login, roles and the employee they are, for the web interface to show what they may do. */
@RestController
class MeController {

    private final CurrentActor actor;

    MeController(CurrentActor actor) {
        this.actor = actor;
    }

    @GetMapping("/api/me")
    Me me() {
        EmployeeId employee = actor.actingEmployee();
        return new Me(actor.name(), actor.roles(), employee == null ? null : employee.value());
    }

    record Me(String name, Set<String> roles, String employeeId) {
    }
}
