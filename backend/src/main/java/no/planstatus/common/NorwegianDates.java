package no.planstatus.common;

import java.time.LocalDate;
import java.util.List;

/** Dates as Norwegian messages write them: «30. april 2022», never ISO. */
public final class NorwegianDates {

    private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "desember");

    private NorwegianDates() {
    }

    public static String format(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }
}
