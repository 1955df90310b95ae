package no.planstatus.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods Norwegian municipalities report for, per year (see DOMAIN.md): «1. tertial» (January–April, due
 * 1 June), «2. tertial» (May–August, due 1 October) and the «Årsrapport» for the whole year (due 1 February the next
 * year). There is no third tertial: the annual report covers the last four months. Plain data, so that the Java
 * migration (which runs before the application, on JDBC) generates and recognises exactly what the application does.
 */
public final class StandardPeriods {

    /** One period to generate. */
    public record Spec(PeriodKind kind, String label, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
    }

    /** A stored period, as matching needs it. */
    public record Range(long id, String label, LocalDate startsOn, LocalDate endsOn) {

        boolean contains(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }
    }

    private static final Pattern TERTIAL = Pattern.compile("([12])\\s*\\.?\\s*tertial\\s+(\\d{4})");
    private static final Pattern ANNUAL = Pattern.compile("årsrapport\\s+(\\d{4})");

    private StandardPeriods() {
    }

    /** The standard periods of the years {@code from}..{@code to}, in time order. */
    public static List<Spec> forYears(int from, int to) {
        List<Spec> specs = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            specs.add(new Spec(PeriodKind.TERTIAL, tertialLabel(1, year), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 4, 30), LocalDate.of(year, 6, 1)));
            specs.add(new Spec(PeriodKind.TERTIAL, tertialLabel(2, year), LocalDate.of(year, 5, 1),
                    LocalDate.of(year, 8, 31), LocalDate.of(year, 10, 1)));
            specs.add(new Spec(PeriodKind.ANNUAL, annualLabel(year), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 2, 1)));
        }
        return specs;
    }

    public static String tertialLabel(int number, int year) {
        return number + ". tertial " + year;
    }

    public static String annualLabel(int year) {
        return "Årsrapport " + year;
    }

    /**
     * The standard label a free-text period means, whatever its case and spacing: «2.tertial  2022» and
     * «ÅRSRAPPORT 2021» read as «2. tertial 2022» and «Årsrapport 2021». Empty for anything else.
     */
    public static Optional<String> standardLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher tertial = TERTIAL.matcher(normalised);
        if (tertial.matches()) {
            return Optional.of(tertialLabel(Integer.parseInt(tertial.group(1)), Integer.parseInt(tertial.group(2))));
        }
        Matcher annual = ANNUAL.matcher(normalised);
        if (annual.matches()) {
            return Optional.of(annualLabel(Integer.parseInt(annual.group(1))));
        }
        return Optional.empty();
    }

    /**
     * The period a report written before periods were data belongs to. A period text maps by label: exactly, or as
     * the standard label it reads as; a text that names no period of the plan maps to none (it stays the report's
     * legacy label). A report without a period text lands in the shortest period its report date falls in: the
     * tertial, or for September–December (no tertial) the year's annual report.
     */
    public static Optional<Range> match(List<Range> periods, String text, LocalDate reportDate) {
        if (text != null && !text.isBlank()) {
            String trimmed = text.trim();
            Optional<Range> exact = periods.stream().filter(p -> p.label().equals(trimmed)).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            return standardLabel(trimmed).flatMap(label -> periods.stream()
                    .filter(p -> p.label().equalsIgnoreCase(label)).findFirst());
        }
        if (reportDate == null) {
            return Optional.empty();
        }
        return periods.stream().filter(p -> p.contains(reportDate))
                .min(Comparator.comparing((Range p) -> p.endsOn().toEpochDay() - p.startsOn().toEpochDay())
                        .thenComparing(Range::endsOn).thenComparing(Range::id));
    }
}
