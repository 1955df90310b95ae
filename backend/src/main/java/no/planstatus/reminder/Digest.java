package no.planstatus.reminder;

import java.util.List;

/**
 * What one reminder e-mail says (templates/reminder/digest.txt): everything one person still owes in a round.
 *
 * @param overdue whether the deadline has passed (the mail then says it was)
 * @param viaAccount whether the person reports through an account (the links then go to the report form); else
 *     they hold a personal link, whose secret only their first e-mail had, and the links go to the measures' pages
 */
public record Digest(String name, String period, String deadline, boolean overdue, boolean viaAccount,
        List<Item> measures, String message) {

    /** One owed measure and where to report on it. */
    public record Item(String reference, String text, String link) {
    }
}
