package no.planstatus.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged product ({@code java -jar quarkus-run.jar}) as a real operating-system process on a free port,
 * and JSON over HTTP to it. {@link #kill()} is {@code kill -9}: the JVM gets no chance to flush or shut down.
 */
final class PackagedApp implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A complete answer: only a response read to its end counts as acknowledged. */
    record Answer(int status, JsonNode body, String etag, List<String> cookies) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** The port the app listens on, at 127.0.0.1. */
    int port() {
        return base.getPort();
    }

    /** Starts the jar with the given environment (plus PORT) and returns once it reports itself ready. */
    static PackagedApp start(Path jar, Map<String, String> environment, Path log) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        PackagedApp app = new PackagedApp(builder.start(), log, port);
        try {
            app.awaitReady();
        } catch (RuntimeException | IOException e) {
            app.close();
            throw e;
        }
        return app;
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens a moment after the process starts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the app", e);
            }
            if (exitedWithin(POLL_INTERVAL)) {
                throw new IllegalStateException("The app exited with code " + process.exitValue()
                        + " before it was ready:\n" + logTail());
            }
        }
        throw new IllegalStateException("The app was not ready within " + STARTUP_LIMIT + ":\n" + logTail());
    }

    private boolean exitedWithin(Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hooks, no flush, no clean close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The id of the period of the measure's action plan that a report dated {@code date} belongs to. */
    long periodOn(long measureId, String date) throws IOException {
        long actionPlanId = get("/api/v1/measures/" + measureId).body().get("actionPlan").get("id").asLong();
        java.util.List<no.planstatus.period.StandardPeriods.Range> periods = new java.util.ArrayList<>();
        for (JsonNode p : get("/api/v1/action-plans/" + actionPlanId + "/periods").body().get("items")) {
            periods.add(new no.planstatus.period.StandardPeriods.Range(p.get("id").asLong(), p.get("label").asText(),
                    java.time.LocalDate.parse(p.get("startsOn").asText()),
                    java.time.LocalDate.parse(p.get("endsOn").asText())));
        }
        return no.planstatus.period.StandardPeriods.match(periods, null, java.time.LocalDate.parse(date))
                .orElseThrow().id();
    }

    Answer get(String path) throws IOException {
        return get(path, Map.of());
    }

    Answer get(String path, Map<String, String> headers) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), headers);
    }

    Answer post(String path, Object body, Map<String, String> headers) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(json(body)), headers);
    }

    Answer put(String path, Object body, Map<String, String> headers) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).PUT(json(body)), headers);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer send(HttpRequest.Builder request, Map<String, String> headers) throws IOException {
        request.timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null),
                    response.headers().allValues("Set-Cookie"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The last lines the app wrote, for failure messages. */
    String logTail() {
        return tail(log);
    }

    /** The last 40 lines of a process's log file, for failure messages (also nginx's, see ReverseProxy). */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the app if it still runs: politely first, then by force. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
