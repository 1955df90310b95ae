package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request too slowly are cut off, over real sockets against the test server. The test runs
 * set short limits (see the surefire environment in the pom): 3 s for the headers, 3 s plus a second per KiB for
 * a body; each case asserts closing within its limit and a margin.
 */
@QuarkusTest
class SlowClientGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofSeconds(3);

    @TestHTTPResource("/")
    URL server;

    @Inject
    SlowClientGuard guard;

    @Inject
    SlowClientLimits limits;

    private ExecutorService writers;

    @BeforeEach
    void awaitGuard() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!guard.installed() && System.nanoTime() < deadline) {
            Thread.sleep(20); // the guard is installed when the server reports it is listening
        }
        assertTrue(guard.installed(), "the guard was not installed");
        writers = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout((int) (limits.headerTimeout().plus(limits.bodyTimeout()).plus(MARGIN).toMillis() * 2));
        return socket;
    }

    /** Writes {@code bytes} in pieces of {@code piece} bytes, {@code pause} apart, until done or the socket closes. */
    private void trickle(Socket socket, byte[] bytes, int piece, Duration pause) {
        writers.submit(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (int i = 0; i < bytes.length; i += piece) {
                    out.write(bytes, i, Math.min(piece, bytes.length - i));
                    out.flush();
                    Thread.sleep(pause.toMillis());
                }
            } catch (IOException | InterruptedException closed) {
                // the server closed the connection, or the test is over
            }
            return null;
        });
    }

    private record Answer(int status, Map<String, String> headers, String body, Duration after, boolean closed) {
    }

    /** Reads one answer (status line, headers, Content-Length body) and whether the server then closed. */
    private static Answer read(Socket socket, long startedNanos, boolean awaitClose) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                return new Answer(-1, Map.of(), "", Duration.ofNanos(System.nanoTime() - startedNanos), true);
            }
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        boolean closed = awaitClose && in.read() == -1;
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers,
                new String(body, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - startedNanos), closed);
    }

    private void assertTimedOut(Answer answer, Duration limit) throws IOException {
        assertEquals(408, answer.status(), "answer " + answer);
        assertEquals("application/problem+json", answer.headers().get("content-type"));
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals("urn:planstatus:problem:request-timeout", problem.get("type").asText());
        assertEquals(408, problem.get("status").asInt());
        assertTrue(answer.closed(), "the connection is closed after the answer");
        assertTrue(answer.after().compareTo(limit.minusMillis(500)) >= 0, "not before the limit: " + answer.after());
        assertTrue(answer.after().compareTo(limit.plus(MARGIN)) <= 0,
                "within the limit and a margin: " + answer.after());
    }

    private static String loginBody(String username, String password, int paddedTo) {
        String json = "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"";
        return json + " ".repeat(Math.max(0, paddedTo - json.length() - 1)) + "}";
    }

    @Test
    void shouldCloseAConnectionWhoseHeadersComeOneByteASecond() throws IOException {
        try (Socket socket = connect()) {
            long started = System.nanoTime();
            trickle(socket, "GET /api/v1/parties HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII), 1, Duration.ofSeconds(1));

            assertTimedOut(read(socket, started, true), limits.headerTimeout());
        }
    }

    @Test
    void shouldCloseAConnectionThatSendsNothing() throws IOException {
        try (Socket socket = connect()) {
            assertTimedOut(read(socket, System.nanoTime(), true), limits.headerTimeout());
        }
    }

    @Test
    void shouldCutOffABodyThatComesOneByteEveryFewSeconds() throws IOException {
        String body = loginBody("nobody", "x", 200);
        String head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n";
        try (Socket socket = connect()) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            trickle(socket, body.getBytes(StandardCharsets.US_ASCII), 1, Duration.ofSeconds(2));

            assertTimedOut(read(socket, started, true), limits.bodyTimeout());
        }
    }

    @Test
    void shouldCutOffAChunkedBodyThatComesTooSlowly() throws IOException {
        String head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        try (Socket socket = connect()) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            trickle(socket, "1\r\n{\r\n1\r\n \r\n1\r\n \r\n1\r\n \r\n".getBytes(StandardCharsets.US_ASCII), 4,
                    Duration.ofSeconds(2));

            assertTimedOut(read(socket, started, true), limits.bodyTimeout());
        }
    }

    @Test
    void shouldAcceptASlowButSteadyUploadThatTakesLongerThanTheBodyTimeout() throws IOException {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long minRate = limits.bodyMinRate().asLongValue();
        String body = loginBody(editor.username(), TestAccounts.PASSWORD, (int) (minRate * 6));
        String head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n";
        try (Socket socket = connect()) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            // twice the minimum rate: 6 pieces, half a second apart, so the body takes about 3 s
            trickle(socket, body.getBytes(StandardCharsets.US_ASCII), (int) minRate, Duration.ofMillis(500));

            Answer answer = read(socket, started, false);
            assertEquals(200, answer.status(), "answer " + answer);
            assertTrue(answer.body().contains("csrfToken"), answer.body());
            assertTrue(answer.after().compareTo(Duration.ofMillis(2500)) >= 0,
                    "the upload was slow: " + answer.after());
        }
    }

    @Test
    void shouldKeepAnIdleConnectionOpenBetweenRequestsLongerThanTheHeaderTimeout() throws Exception {
        byte[] request = "GET /api/v1/parties?limit=1 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request);
            assertEquals(200, read(socket, System.nanoTime(), false).status());

            // the idle time is what is under test: there is no condition to await
            Thread.sleep(limits.headerTimeout().plusSeconds(1).toMillis());

            socket.getOutputStream().write(request);
            assertEquals(200, read(socket, System.nanoTime(), false).status());
        }
    }
}
