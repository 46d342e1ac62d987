package io.careerhistory.infra.web;

import io.careerhistory.infra.CareerHistoryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An HTTP API test against the running application on the embedded MongoDB; all share one Spring context. */
@CareerHistoryIntegrationTest
abstract class ApiIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }
}
