package no.planstatus.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import no.planstatus.common.PlanstatusConfig;
import org.jboss.logging.Logger;

/**
 * Sends e-mail through the SMTP server configured from the environment (quarkus-mailer; README «E-mail»). When
 * none is configured ({@code PLANSTATUS_SMTP_HOST} unset) nothing is sent and every message comes back
 * {@link Outcome#NOT_CONFIGURED}, so callers can log it and the round page can say so. Never throws for a failed
 * send: a failure is an outcome with its reason, for the send log.
 *
 * <p>Sending blocks the calling thread until the server has answered; call it outside a database transaction that
 * holds locks others wait for.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    /** What became of one message. */
    public enum Outcome {
        SENT,
        FAILED,
        NOT_CONFIGURED
    }

    /** The outcome and, when it failed, a reason fit for the send log (no stack trace). */
    public record Result(Outcome outcome, String error) {
        static Result sent() {
            return new Result(Outcome.SENT, null);
        }
    }

    /** One plain-text message to one person. */
    public record Message(String toName, String toAddress, String subject, String text) {
    }

    /**
     * Sends from threads without a Vert.x context. Called on a request's thread, the blocking send sometimes never
     * saw the server's greeting and waited out the whole timeout (about every other invitation in the tests); from
     * a thread of its own it does not.
     */
    private static final Executor SENDING = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "planstatus-mail");
        thread.setDaemon(true);
        return thread;
    });

    /** Attempts per message when the server does not answer within quarkus.mailer.timeout. */
    static final int ATTEMPTS = 2;

    private final Mailer mailer;
    private final Optional<String> smtpHost;

    public MailSender(Mailer mailer, PlanstatusConfig config) {
        this.mailer = mailer;
        this.smtpHost = config.mail().smtpHost().filter(host -> !host.isBlank());
    }

    /** Whether an SMTP server is configured, so that messages are really sent. */
    public boolean isConfigured() {
        return smtpHost.isPresent();
    }

    public Result send(Message message) {
        if (!isConfigured()) {
            return new Result(Outcome.NOT_CONFIGURED, "Ingen e-postserver er satt opp (PLANSTATUS_SMTP_HOST).");
        }
        Mail mail = Mail.withText(address(message), message.subject(), message.text());
        for (int attempt = 1; ; attempt++) {
            try {
                CompletableFuture.runAsync(() -> mailer.send(mail), SENDING).join();
                return Result.sent();
            } catch (RuntimeException failure) {
                Throwable e = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                // A send that got no answer within quarkus.mailer.timeout is tried once more on a new connection:
                // under load a connection sometimes never saw the server's greeting. A refusal is not retried.
                if (e instanceof TimeoutException && attempt < ATTEMPTS) {
                    LOG.infof("E-post til %s fikk ikke svar fra e-postserveren i tide; prøver igjen",
                            message.toAddress());
                    continue;
                }
                LOG.warnf("E-post til %s ble ikke sendt: %s", message.toAddress(), e.getMessage());
                String reason = e instanceof TimeoutException
                        ? "E-postserveren svarte ikke i tide (" + ATTEMPTS + " forsøk)."
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return new Result(Outcome.FAILED, "E-posten ble ikke sendt: "
                        + (reason.length() > 500 ? reason.substring(0, 500) : reason));
            }
        }
    }

    private static String address(Message message) {
        if (message.toName() == null || message.toName().isBlank()) {
            return message.toAddress();
        }
        // RFC 5322 quoted display name; quotes and backslashes in the name are escaped.
        String name = message.toName().replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + name + "\" <" + message.toAddress() + ">";
    }
}
