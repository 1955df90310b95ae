package no.planstatus.invitation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.planstatus.mail.MailSender;
import no.planstatus.measure.Measure;

/** The e-mail that carries a personal report link, in Norwegian. */
final class InvitationMail {

    /** Norwegian dates as people write them: «1. oktober 2022». */
    static final DateTimeFormatter NORWEGIAN_DATE =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    private InvitationMail() {
    }

    /**
     * @param asker who asks: the editor's name
     * @param measures the party's measures in the round, in plan order
     */
    static MailSender.Message compose(String toName, String toAddress, String asker, String partyName,
            String periodLabel, LocalDate deadline, String roundMessage, List<Measure> measures, String link) {
        StringBuilder text = new StringBuilder()
                .append("Hei ").append(toName).append(",\n\n")
                .append(asker).append(" ber deg rapportere status for ").append(partyName)
                .append(" for ").append(periodLabel).append(" på ")
                .append(measures.size() == 1 ? "dette tiltaket" : "disse tiltakene").append(":\n\n");
        for (Measure measure : measures) {
            text.append("- ").append(measure.reference).append(" ").append(measure.text).append("\n");
        }
        text.append("\nFristen er ").append(NORWEGIAN_DATE.format(deadline)).append(".\n");
        if (roundMessage != null && !roundMessage.isBlank()) {
            text.append("\nMelding fra ").append(asker).append(":\n").append(roundMessage.strip()).append("\n");
        }
        text.append("\nSkriv rapporten her, uten konto og uten passord:\n")
                .append(link).append("\n\n")
                .append("Lenken er personlig: rapportene du sender blir signert med ditt navn og din e-postadresse, ")
                .append("og de blir godkjent før de blir offentlige. Lenken gjelder bare denne rapporteringsrunden ")
                .append("og slutter å virke når runden avsluttes. Ikke del den med andre.\n");
        return new MailSender.Message(toName, toAddress, "Rapportering for " + periodLabel + ": " + partyName,
                text.toString());
    }
}
