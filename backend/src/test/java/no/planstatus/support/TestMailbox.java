package no.planstatus.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads what the test SMTP server ({@link TestSmtp}) received for one address, over POP3. GreenMail keeps one
 * mailbox per recipient, with the address as both user name and password. Use a fresh address per test.
 */
public final class TestMailbox {

    /** One received message: who sent it, to whom, its subject and its plain text. */
    public record Received(String from, List<String> to, String subject, String text) {
    }

    private TestMailbox() {
    }

    /** Everything that has arrived for the address so far, oldest first. */
    public static List<Received> messagesTo(String address) {
        int port = ConfigProvider.getConfig().getValue(TestSmtp.POP3_PORT, Integer.class);
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", String.valueOf(port));
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("pop3")) {
            store.connect("127.0.0.1", port, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Received> received = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    List<String> to = new ArrayList<>();
                    if (message.getAllRecipients() != null) {
                        for (var recipient : message.getAllRecipients()) {
                            to.add(((InternetAddress) recipient).getAddress());
                        }
                    }
                    received.add(new Received(((InternetAddress) message.getFrom()[0]).toUnicodeString(), to,
                            message.getSubject(), text(message)));
                }
                return received;
            } finally {
                inbox.close(false);
            }
        } catch (jakarta.mail.AuthenticationFailedException e) {
            // No mailbox yet: nothing has arrived for the address.
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the test mailbox of " + address, e);
        }
    }

    /** Waits (polling, up to the timeout) until at least {@code count} messages have arrived, and returns them all. */
    public static List<Received> await(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Received> received = messagesTo(address);
        while (received.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            received = messagesTo(address);
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " message(s) to " + address + " within " + timeout
                    + ", got " + received.size() + ": " + received);
        }
        return received;
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }
}
