package no.planstatus.common;

import java.time.LocalDate;
import java.util.List;

/** Dates as Norwegian messages write them: «1. januar 2021», never ISO. */
public final class NorwegianDates {

    private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "desember");

    private NorwegianDates() {
    }

    /** For example «30. april 2022». */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** For example «1. januar 2021 til 31. desember 2022». */
    public static String range(LocalDate first, LocalDate last) {
        return format(first) + " til " + format(last);
    }
}
