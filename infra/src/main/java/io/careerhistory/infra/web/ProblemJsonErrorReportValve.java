package io.careerhistory.infra.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/**
 * Tomcat's own error page, for the requests it refuses before Spring sees them (a path with an encoded slash, a
 * backslash, a NUL or bytes that are not UTF-8): problem JSON like every other error, instead of an HTML page.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), "rejected-request", "Request rejected",
                                            "The server could not accept this request as sent: check its path");
        try {
            Problems.write(response.getResponse(), problem);
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to tell it
        }
    }
}
