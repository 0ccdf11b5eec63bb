package io.newsflow.ingest.web;

import io.newsflow.support.web.Problems;
import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Errors that Tomcat answers itself, before the application sees the request (an encoded slash or a NUL in the
 * path), as problem+json like every other error, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        String detail = status == 400 ? "The request line is malformed: the path may not contain encoded slashes, "
                + "backslashes or control characters." : "The server refused the request before reading it.";
        String body = Problems.json(Problems.of(code).type(Problems.typeOf(code))
                .title(known == null ? "Error" : known.getReasonPhrase()).detail(detail).build());
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile; nothing more to tell it.
        }
    }
}
