package io.careerhistory.infra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The running application's HTTP API, for commands that act through it: {@code --url} (default
 * http://localhost:8080), {@code --user} and its password from {@code --password} or CAREER_PASSWORD_&lt;USER&gt;.
 */
public final class ApiConnection {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String authorization;

    public ApiConnection(String url, String user, String password) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization = "Basic " + Base64.getEncoder()
                                              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static ApiConnection from(CommandLine line, Map<String, String> environment, String defaultUser) {
        return from(line, environment, "--user", "--password", defaultUser);
    }

    /** As a second user, named by other options (a command that also reads as an admin, say). */
    public static ApiConnection from(CommandLine line, Map<String, String> environment, String userOption,
                                     String passwordOption, String defaultUser) {
        String user = line.option(userOption, defaultUser);
        String variable = "CAREER_PASSWORD_" + user.toUpperCase(Locale.ROOT).replace('-', '_');
        String password = line.option(passwordOption, environment.get(variable));
        if (password == null) {
            throw new IllegalArgumentException("no password for " + user + ": give " + passwordOption + "=... or set "
                                                       + variable);
        }
        return new ApiConnection(line.option("--url", "http://localhost:8080"), user, password);
    }

    /** A command's work against the API, giving its exit code. */
    public interface Call {
        int run() throws Exception;
    }

    /**
     * Runs a command's call and turns what goes wrong into a message and exit 2: a bad option or missing password
     * ({@link IllegalArgumentException}), an interruption, or the application out of reach.
     */
    public static int exitCode(String command, PrintStream err, Call call) {
        try {
            return call.run();
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        } catch (Exception e) {
            err.println(command + " failed: " + reason(e));
            return 2;
        }
    }

    /** What went wrong in the user's words where it is a usual mistake, else the exception as it is. */
    static String reason(Exception e) {
        if (e instanceof ConnectException) {
            return "nothing answers at the --url given (default http://localhost:8080): is the application running?";
        }
        if (e instanceof HttpTimeoutException) {
            return "the application did not answer in time";
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "not allowed to read or write " + denied.getFile();
        }
        return e.toString();
    }

    public HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return http.send(request(method, path), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with one more header. */
    public HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
        return http.send(signedIn(path).header(header, value).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a JSON body. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return http.send(signedIn(path).header("Content-Type", "application/json")
                                       .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> upload(String path, MultipartBody body) throws IOException, InterruptedException {
        return http.send(signedIn(path).header("Content-Type", body.contentType())
                                       .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<InputStream> stream(String path) throws IOException, InterruptedException {
        return http.send(request("GET", path), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest request(String method, String path) {
        return signedIn(path).method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    /** A request to the API's path as the user, asking for JSON. */
    private HttpRequest.Builder signedIn(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", authorization)
                          .header("Accept", "application/json");
    }

    /** What a problem answer says ({@code detail}), or the body as it is. */
    public static String detail(String body) {
        try {
            JsonNode problem = new ObjectMapper().readTree(body);
            return problem != null && problem.hasNonNull("detail") ? problem.get("detail").asText() : body;
        } catch (Exception e) {
            return body;
        }
    }
}
