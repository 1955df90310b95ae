package no.planstatus.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import no.planstatus.webhook.ReceiverAddress.Policy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivering to a real receiver on a real socket, and what the delivery log then says. */
class ReceiverClientTest {

    private static final byte[] BODY = "{\"event\":\"report.created\"}".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");
    private static Vertx vertx;

    private HttpServer receiver;
    private final BlockingQueue<String> hostHeaders = new LinkedBlockingQueue<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile boolean hang;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            if (hang) {
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/elsewhere");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        released.countDown();
        receiver.stop(0);
    }

    @Test
    void shouldConnectToTheCheckedAddressAndKeepTheNameInTheHostHeader() throws Exception {
        ReceiverClient.Outcome outcome = post("http://localhost:" + port() + "/hook", new Policy(true, true));

        assertEquals(new ReceiverClient.Outcome(200, null), outcome);
        assertEquals("localhost:" + port(), hostHeaders.poll(5, TimeUnit.SECONDS));
    }

    /** The name is never looked up again: here it could not be, yet the checked address is reached. */
    @Test
    void shouldConnectToTheGivenAddressWithoutLookingTheNameUpAgain() throws Exception {
        ReceiverAddress.Target target = new ReceiverAddress.Target("hooks.invalid", port(), false, "/hook?x=1",
                List.of(InetAddress.getByName("127.0.0.1")));

        ReceiverClient.Outcome outcome;
        try (ReceiverClient client = new ReceiverClient(vertx, Duration.ofSeconds(20), new Policy(false, true))) {
            outcome = client.post(target, HEADERS, BODY);
        }

        assertEquals(new ReceiverClient.Outcome(200, null), outcome);
        assertEquals("hooks.invalid:" + port(), hostHeaders.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void shouldDeliverToAnIpv6LiteralWithItsBracketsInTheHostHeader() throws Exception {
        HttpServer ipv6 = HttpServer.create(new InetSocketAddress(InetAddress.getByName("::1"), 0), 0);
        BlockingQueue<String> hosts = new LinkedBlockingQueue<>();
        ipv6.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        ipv6.start();
        try {
            int port = ipv6.getAddress().getPort();

            ReceiverClient.Outcome outcome = post("http://[::1]:" + port + "/hook", new Policy(true, true));

            assertEquals(new ReceiverClient.Outcome(204, null), outcome);
            assertEquals("[::1]:" + port, hosts.poll(5, TimeUnit.SECONDS));
        } finally {
            ipv6.stop(0);
        }
    }

    @Test
    void shouldRefuseAtDeliveryTimeANameThatNowResolvesToThisMachine() throws Exception {
        ReceiverClient.Outcome outcome = post("http://localhost:" + port() + "/hook", new Policy(false, true));

        assertNull(outcome.statusCode());
        assertTrue(outcome.error().matches("Ble ikke sendt: localhost peker til (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1), "
                + "som er Planstatus' egen maskin\\."), outcome.error());
        assertTrue(hostHeaders.isEmpty(), "the receiver on this machine was called");
    }

    @Test
    void shouldSayTheReceiverDidNotAnswerInTime() throws Exception {
        hang = true;

        ReceiverClient.Outcome outcome = post("http://127.0.0.1:" + port() + "/hook", new Policy(true, true),
                Duration.ofSeconds(1));

        assertEquals(new ReceiverClient.Outcome(null, "Mottakeren svarte ikke innen 1 sekund."), outcome);
    }

    @Test
    void shouldSayTheReceiverRefusedTheConnection() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ReceiverClient.Outcome outcome = post("http://127.0.0.1:" + closedPort + "/hook", new Policy(true, true));

        assertEquals(new ReceiverClient.Outcome(null,
                "127.0.0.1 tok ikke imot tilkoblingen på port " + closedPort + "."), outcome);
    }

    @Test
    void shouldSayTheAddressWasNotFound() throws Exception {
        ReceiverClient.Outcome outcome = post("https://hooks.invalid/planstatus", new Policy(false, true));

        assertEquals(new ReceiverClient.Outcome(null, "Fant ikke adressen hooks.invalid."), outcome);
    }

    @Test
    void shouldSayTheSecureConnectionFailedWhenTheReceiverDoesNotSpeakTls() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket socket = plain.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the test's assertion tells what went wrong
                }
            });
            answer.start();

            ReceiverClient.Outcome outcome = post("https://127.0.0.1:" + plain.getLocalPort() + "/hook",
                    new Policy(true, true));

            assertEquals(new ReceiverClient.Outcome(null, "Fikk ikke til en sikker forbindelse (TLS) med 127.0.0.1 på "
                    + "port " + plain.getLocalPort() + "; snakker mottakeren https der?"), outcome);
            answer.join(5000);
        }
    }

    @Test
    void shouldSayTheCertificateWasNotAccepted(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-dname", "CN=hooks.example.no",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "receiver-pass").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertEquals(0, keytool.waitFor(), "keytool could not make a certificate");
        io.vertx.core.http.HttpServer tls = vertx.createHttpServer(new HttpServerOptions().setSsl(true)
                        .setKeyCertOptions(new PfxOptions().setPath(keystore.toString()).setPassword("receiver-pass")))
                .requestHandler(request -> request.response().end())
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            ReceiverClient.Outcome outcome = post("https://127.0.0.1:" + tls.actualPort() + "/hook",
                    new Policy(true, true));

            assertEquals(new ReceiverClient.Outcome(null, "Sertifikatet til 127.0.0.1 ble ikke godtatt (utløpt, ikke "
                    + "utstedt av en kjent utsteder, eller for et annet navn)."), outcome);
        } finally {
            tls.close();
        }
    }

    @Test
    void shouldGiveANon2xxAnswerAsASentence() throws Exception {
        status = 503;

        ReceiverClient.Outcome outcome = post("http://127.0.0.1:" + port() + "/hook", new Policy(true, true));

        assertEquals(new ReceiverClient.Outcome(503, "Mottakeren svarte med HTTP-status 503."), outcome);
    }

    @Test
    void shouldNotFollowARedirectAndSaySo() throws Exception {
        status = 302;

        ReceiverClient.Outcome outcome = post("http://127.0.0.1:" + port() + "/hook", new Policy(true, true));

        assertEquals(302, outcome.statusCode());
        assertTrue(outcome.error().contains("følger ikke videresendinger"), outcome.error());
        assertEquals(1, hostHeaders.size(), "the redirect was followed");
    }

    /** With a timeout long enough for a TLS handshake on a busy machine; only the timeout test waits for it. */
    private ReceiverClient.Outcome post(String url, Policy policy) throws InterruptedException {
        return post(url, policy, Duration.ofSeconds(20));
    }

    private ReceiverClient.Outcome post(String url, Policy policy, Duration timeout) throws InterruptedException {
        try (ReceiverClient client = new ReceiverClient(vertx, timeout, policy)) {
            return client.post(url, HEADERS, BODY);
        }
    }

    private int port() {
        return receiver.getAddress().getPort();
    }
}
