package io.careerhistory.command.api;

import io.careerhistory.events.EmployeeId;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answer to a recorded fact: 201, the employee's timeline as its location, and the ids. */
public final class Created {

    private Created() {
    }

    public static ResponseEntity<Map<String, String>> fact(EmployeeId employeeId) {
        return fact(employeeId, Map.of("employeeId", employeeId.value()));
    }

    public static ResponseEntity<Map<String, String>> fact(EmployeeId employeeId, String idName, String id) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("employeeId", employeeId.value());
        body.put(idName, id);
        return fact(employeeId, body);
    }

    /** A fact of something spanning several employees (a mentorship, a case): 201 and its ids, in the given order. */
    public static ResponseEntity<Map<String, String>> ids(String... namesAndIds) {
        Map<String, String> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndIds.length; i += 2) {
            body.put(namesAndIds[i], namesAndIds[i + 1]);
        }
        return ResponseEntity.status(201).body(body);
    }

    private static ResponseEntity<Map<String, String>> fact(EmployeeId employeeId, Map<String, String> body) {
        return ResponseEntity.created(URI.create("/api/employees/" + employeeId + "/timeline")).body(body);
    }
}
