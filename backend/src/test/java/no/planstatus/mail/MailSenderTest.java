package no.planstatus.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.planstatus.support.TestMailbox;
import org.junit.jupiter.api.Test;

/** The sender talks to a real SMTP server (GreenMail, started by support.TestSmtp) and the message arrives. */
@QuarkusTest
class MailSenderTest {

    @Inject
    MailSender sender;

    @Test
    void shouldDeliverAPlainTextMessageThroughTheConfiguredSmtpServer() {
        String address = "kari-" + UUID.randomUUID() + "@kommune.test";
        MailSender.Result result = sender.send(new MailSender.Message("Kari \"K\" Nordmann", address,
                "Påminnelse: 2. tertial 2022", "Hei Kari,\nfrist 1. oktober 2022.\n"));

        assertEquals(MailSender.Outcome.SENT, result.outcome(), String.valueOf(result.error()));
        List<TestMailbox.Received> received = TestMailbox.await(address, 1, Duration.ofSeconds(10));
        assertEquals("Påminnelse: 2. tertial 2022", received.get(0).subject());
        assertEquals(List.of(address), received.get(0).to());
        assertEquals("Planstatus <planstatus@fjellregionen.test>", received.get(0).from());
        assertEquals("Hei Kari,\nfrist 1. oktober 2022.", received.get(0).text().strip().replace("\r\n", "\n"));
    }
}
