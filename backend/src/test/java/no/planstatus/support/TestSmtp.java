package no.planstatus.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for every {@code @QuarkusTest}: started before the application, which is configured
 * to send to it. Tests read what arrived over POP3 from the same server with {@link TestMailbox}; nothing is mocked.
 * A test profile that sets {@code planstatus.mail.smtp-host} to the empty string runs without e-mail.
 */
@QuarkusTestResource(value = TestSmtp.class, restrictToAnnotatedClass = false)
public class TestSmtp implements QuarkusTestResourceLifecycleManager {

    /** The config key tests read the POP3 port from. */
    public static final String POP3_PORT = "planstatus-test.pop3-port";

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup pop3 = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3);
        greenMail = new GreenMail(new ServerSetup[] {smtp, pop3});
        greenMail.start();
        return Map.of(
                "planstatus.mail.smtp-host", "127.0.0.1",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.from", "Planstatus <planstatus@fjellregionen.test>",
                POP3_PORT, String.valueOf(greenMail.getPop3().getPort()));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
