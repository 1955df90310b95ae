package no.planstatus.webhook;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jboss.logging.Logger;

/**
 * POSTs one delivery and says how it went in a sentence for the delivery log. The receiver's name is resolved and
 * judged by {@link ReceiverAddress} first; the connection then goes to one of exactly those addresses, while the
 * request keeps the name for its Host header and, over https, for SNI and the certificate check. (java.net.http
 * cannot connect to one address while speaking to another name; Vert.x's client can.)
 *
 * <p>Blocks the calling thread until the answer or the timeout; never call it on an event loop.
 */
final class ReceiverClient implements AutoCloseable {

    /** The receiver's status code, if it answered, and why the attempt failed, if it did. */
    record Outcome(Integer statusCode, String error) {

        boolean succeeded() {
            return error == null;
        }
    }

    private static final Logger LOG = Logger.getLogger(ReceiverClient.class);

    private final HttpClient client;
    private final Duration timeout;
    private final ReceiverAddress.Policy policy;

    ReceiverClient(Vertx vertx, Duration timeout, ReceiverAddress.Policy policy) {
        this.timeout = timeout;
        this.policy = policy;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(false) // one connection per delivery: nothing to drain, nothing left open
                .setForceSni(true)
                .setVerifyHost(true)
                .setConnectTimeout((int) timeout.toMillis()));
    }

    Outcome post(String url, Map<String, String> headers, byte[] body) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return failed("Ble ikke sendt: adressen er ikke en gyldig URL.");
        }
        ReceiverAddress.Target target;
        try {
            target = ReceiverAddress.target(uri, policy);
        } catch (ReceiverAddress.Refused e) {
            return failed(e.sentence());
        } catch (UnknownHostException e) {
            return failed("Fant ikke adressen " + uri.getHost() + ".");
        }
        return post(target, headers, body);
    }

    /** Sends to the target's checked addresses in turn (the next only when one refuses the connection). */
    Outcome post(ReceiverAddress.Target target, Map<String, String> headers, byte[] body)
            throws InterruptedException {
        Iterator<InetAddress> addresses = target.addresses().iterator();
        while (true) {
            InetAddress address = addresses.next();
            try {
                int status = send(target, address, headers, body);
                return status >= 200 && status < 300 ? new Outcome(status, null)
                        : new Outcome(status, statusSentence(status));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof ConnectException && addresses.hasNext()) {
                    continue; // the name has more (checked) addresses: try the next one
                }
                return failed(describe(cause, target));
            } catch (TimeoutException e) {
                return failed(noAnswerInTime());
            }
        }
    }

    private int send(ReceiverAddress.Target target, InetAddress address, Map<String, String> headers, byte[] body)
            throws ExecutionException, TimeoutException, InterruptedException {
        long millis = timeout.toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(millis)
                .setIdleTimeout(millis);
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        try {
            return client.request(options)
                    .compose(request -> {
                        sent.set(request);
                        return request.send(Buffer.buffer(body));
                    })
                    .map(HttpClientResponse::statusCode)
                    .toCompletionStage().toCompletableFuture()
                    .get(millis + 1000, TimeUnit.MILLISECONDS); // idle timeout aside, a receiver trickling bytes
        } catch (TimeoutException | InterruptedException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            throw e;
        }
    }

    /** A sentence for the log: what went wrong, in the words of someone who runs the receiver. */
    private String describe(Throwable error, ReceiverAddress.Target target) {
        String host = target.host();
        if (has(error, ConnectTimeoutException.class)) {
            return "Fikk ikke kontakt med " + host + " innen " + seconds() + ".";
        }
        if (has(error, TimeoutException.class)) {
            return noAnswerInTime();
        }
        if (has(error, CertificateException.class) || has(error, SSLPeerUnverifiedException.class)) {
            return "Sertifikatet til " + host + " ble ikke godtatt (utløpt, ikke utstedt av en kjent utsteder, eller "
                    + "for et annet navn).";
        }
        if (has(error, SSLException.class)) {
            return "Fikk ikke til en sikker forbindelse (TLS) med " + host + " på port " + target.port()
                    + "; snakker mottakeren https der?";
        }
        if (has(error, NoRouteToHostException.class)) {
            return "Fant ingen vei gjennom nettet til " + host + ".";
        }
        if (has(error, ConnectException.class)) {
            return host + " tok ikke imot tilkoblingen på port " + target.port() + ".";
        }
        if (has(error, HttpClosedException.class)) {
            return "Mottakeren lukket forbindelsen uten å svare.";
        }
        LOG.infof(error, "Webhook delivery to %s failed", host);
        return "Leveringen til " + host + " mislyktes av en ukjent grunn; se Planstatus' logg.";
    }

    private String noAnswerInTime() {
        return "Mottakeren svarte ikke innen " + seconds() + ".";
    }

    private String seconds() {
        long millis = timeout.toMillis();
        if (millis % 1000 != 0) {
            return millis + " millisekunder";
        }
        long seconds = millis / 1000;
        return seconds == 1 ? "1 sekund" : seconds + " sekunder";
    }

    private static String statusSentence(int status) {
        if (status >= 300 && status < 400) {
            return "Mottakeren svarte med HTTP-status " + status + " (videresending); Planstatus følger ikke "
                    + "videresendinger, så registrer den endelige adressen.";
        }
        return "Mottakeren svarte med HTTP-status " + status + ".";
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Outcome failed(String sentence) {
        return new Outcome(null, sentence);
    }

    @Override
    public void close() {
        client.close();
    }
}
