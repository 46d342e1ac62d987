package io.careerhistory.infra.axon;

import io.careerhistory.events.career.EmployeeHiredEvent1To2Upcaster;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Registers the upcasters of {@code shared-events} (which knows no Spring) in the order they apply.
 * The event store's upcaster chain collects every {@link EventUpcaster} bean.
 */
@Configuration
class UpcasterConfiguration {

    @Bean
    @Order(1)
    EventUpcaster employeeHiredEvent1To2Upcaster() {
        return new EmployeeHiredEvent1To2Upcaster();
    }
}
