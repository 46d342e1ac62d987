package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answer to a recorded fact: 201, the employee's timeline as its location, and the ids. */
final class Created {

    private Created() {
    }

    static ResponseEntity<Map<String, String>> fact(EmployeeId employeeId) {
        return fact(employeeId, Map.of("employeeId", employeeId.value()));
    }

    static ResponseEntity<Map<String, String>> fact(EmployeeId employeeId, String idName, String id) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("employeeId", employeeId.value());
        body.put(idName, id);
        return fact(employeeId, body);
    }

    private static ResponseEntity<Map<String, String>> fact(EmployeeId employeeId, Map<String, String> body) {
        return ResponseEntity.created(URI.create("/api/employees/" + employeeId + "/timeline")).body(body);
    }
}
