package io.careerhistory.infra.privacy;

import io.careerhistory.events.EmployeeId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** For admins: erases an employee's personal data for good (crypto-shredding; the events and their chain stay). */
@RestController
class ErasureController {

    private final PersonalDataEraser eraser;

    ErasureController(PersonalDataEraser eraser) {
        this.eraser = eraser;
    }

    @PostMapping("/api/employees/{employeeId}/erasure")
    PersonalDataEraser.ErasureReport erase(@PathVariable String employeeId) {
        return eraser.erase(EmployeeId.of(employeeId));
    }
}
