package no.planstatus.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.Problem;
import no.planstatus.common.ProblemMappers;
import no.planstatus.common.ProblemType;
import no.planstatus.goal.Goal;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;
import no.planstatus.plan.ActionPlan;
import no.planstatus.plan.StrategicPlan;

/**
 * Checks a whole plan document before anything is written and reports every problem at once, each by its path in
 * the document ({@code actionPlans[0].measures[3].responsibility.lead[0].party}): first the fields one by one (bean
 * validation), then what only the document as a whole or the database can tell — duplicate keys, unknown goals and
 * parties, periods, and keys already used elsewhere.
 */
@ApplicationScoped
class PlanDocumentValidator {

    /**
     * The most a file may hold, far above any real plan (the default plan has 22 measures) and within what one
     * import transaction does in well under a minute; a larger file gets a 413 problem before anything is checked.
     * The body itself may be at most {@code quarkus.http.limits.max-body-size} (32 MiB).
     */
    static final int MAX_PARTIES = 10_000;
    static final int MAX_MEASURES = 20_000;
    static final int MAX_RESPONSIBILITIES = 100_000;
    static final int MAX_REPORTS = 100_000;
    /** Stored rows are looked up by key in chunks of this many, far below any database's limit on parameters. */
    private static final int CHUNK = 1000;

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Validator validator;

    PlanDocumentValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws a 400 problem listing every violation in the document. */
    void requireValid(PlanDocument document) {
        requireWithinLimits(document);
        List<Problem.Violation> violations = new ArrayList<>();
        validator.validate(document).forEach(v -> violations.add(
                new Problem.Violation(ProblemMappers.fieldName(v), v.getMessage())));
        new Consistency(document, violations).check();
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing((Problem.Violation v) -> sortKey(v.field()))
                    .thenComparing(Problem.Violation::message));
            throw new ApiProblem(ProblemType.BAD_REQUEST, "Plandokumentet har feil; ingenting er lagret.",
                    violations);
        }
    }

    /** Throws a 413 problem when the document holds more than an import takes. */
    private static void requireWithinLimits(PlanDocument document) {
        List<PlanDocument.Measure> measures = nullToEmpty(document.actionPlans()).stream().filter(Objects::nonNull)
                .flatMap(a -> nullToEmpty(a.measures()).stream()).filter(Objects::nonNull).toList();
        long responsibilities = measures.stream().map(PlanDocument.Measure::responsibility).filter(Objects::nonNull)
                .mapToLong(r -> nullToEmpty(r.lead()).size() + nullToEmpty(r.partners()).size()).sum();
        long reports = measures.stream().mapToLong(m -> nullToEmpty(m.reports()).size()).sum();
        List<Problem.Violation> violations = new ArrayList<>();
        limit(violations, "parties", nullToEmpty(document.parties()).size(), MAX_PARTIES, "parter");
        limit(violations, "actionPlans", measures.size(), MAX_MEASURES, "tiltak");
        limit(violations, "actionPlans.measures.responsibility", responsibilities, MAX_RESPONSIBILITIES,
                "ansvarlige");
        limit(violations, "actionPlans.measures.reports", reports, MAX_REPORTS, "rapporter");
        if (!violations.isEmpty()) {
            throw new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "Plandokumentet har " + violations.stream()
                    .map(Problem.Violation::message).collect(Collectors.joining(" og ")) + "; del det opp i flere "
                    + "filer. Ingenting er lagret.", violations);
        }
    }

    private static void limit(List<Problem.Violation> violations, String field, long count, int max, String what) {
        if (count > max) {
            violations.add(new Problem.Violation(field, number(count) + " " + what + ", men en import kan ha høyst "
                    + number(max)));
        }
    }

    /** Thousands separated by a space, as Norwegian writes them. */
    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }

    /** Orders paths as the document does: measures[2] before measures[10]. */
    private static String sortKey(String field) {
        Matcher number = NUMBER.matcher(field);
        StringBuilder key = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(key, String.format("%010d", Long.parseLong(number.group())));
        }
        number.appendTail(key);
        return key.toString();
    }

    /** The checks across fields; each skips what bean validation already reported missing. */
    private static final class Consistency {

        private final PlanDocument document;
        private final List<Problem.Violation> violations;
        private final Set<String> parties = new HashSet<>();
        private final Set<Integer> goals = new HashSet<>();
        private final Optional<StrategicPlan> storedPlan;

        Consistency(PlanDocument document, List<Problem.Violation> violations) {
            this.document = document;
            this.violations = violations;
            PlanDocument.StrategicPlan plan = document.strategicPlan();
            this.storedPlan = plan == null || plan.code() == null ? Optional.empty()
                    : StrategicPlan.findByCode(plan.code());
        }

        void check() {
            checkParties();
            checkStrategicPlan();
            checkActionPlans();
        }

        private void checkParties() {
            List<PlanDocument.Party> listed = nullToEmpty(document.parties());
            for (int i = 0; i < listed.size(); i++) {
                PlanDocument.Party party = listed.get(i);
                if (party != null && party.slug() != null && !parties.add(party.slug())) {
                    add("parties[" + i + "].slug", "«" + party.slug() + "» står flere ganger i dokumentet");
                }
            }
        }

        private void checkStrategicPlan() {
            PlanDocument.StrategicPlan plan = document.strategicPlan();
            if (plan == null) {
                return;
            }
            storedPlan.ifPresent(stored -> Goal.listByStrategicPlan(stored.id).forEach(g -> goals.add(g.number)));
            Set<Integer> numbered = new HashSet<>();
            List<PlanDocument.Section> sections = nullToEmpty(plan.sections());
            for (int s = 0; s < sections.size(); s++) {
                List<PlanDocument.Goal> sectionGoals = sections.get(s) == null ? List.of()
                        : nullToEmpty(sections.get(s).goals());
                for (int g = 0; g < sectionGoals.size(); g++) {
                    PlanDocument.Goal goal = sectionGoals.get(g);
                    if (goal != null && goal.number() > 0) {
                        goals.add(goal.number());
                        if (!numbered.add(goal.number())) {
                            add("strategicPlan.sections[" + s + "].goals[" + g + "].number",
                                    "mål " + goal.number() + " står flere ganger i dokumentet");
                        }
                    }
                }
            }
            if (years(plan.periodStart(), plan.periodEnd()) && plan.periodEnd() < plan.periodStart()) {
                add("strategicPlan.periodEnd", "kan ikke være før startåret");
            }
        }

        private void checkActionPlans() {
            List<PlanDocument.ActionPlan> actionPlans = nullToEmpty(document.actionPlans());
            Map<String, Measure> storedMeasures = storedMeasures(actionPlans);
            Set<String> partiesInDatabase = partiesInDatabase(actionPlans);
            Set<String> codes = new HashSet<>();
            Set<String> references = new HashSet<>();
            for (int i = 0; i < actionPlans.size(); i++) {
                PlanDocument.ActionPlan actionPlan = actionPlans.get(i);
                if (actionPlan == null) {
                    continue;
                }
                String path = "actionPlans[" + i + "]";
                if (actionPlan.code() != null) {
                    if (!codes.add(actionPlan.code())) {
                        add(path + ".code", "«" + actionPlan.code() + "» står flere ganger i dokumentet");
                    }
                    ActionPlan.findByCode(actionPlan.code()).map(stored -> stored.strategicPlan.code)
                            .filter(code -> document.strategicPlan() != null
                                    && !code.equals(document.strategicPlan().code()))
                            .ifPresent(code -> add(path + ".code", "handlingsplanen «" + actionPlan.code()
                                    + "» hører til strategisk plan «" + code + "»"));
                }
                checkPeriod(path, actionPlan);
                List<PlanDocument.Measure> measures = nullToEmpty(actionPlan.measures());
                for (int j = 0; j < measures.size(); j++) {
                    PlanDocument.Measure measure = measures.get(j);
                    if (measure != null) {
                        checkMeasure(path + ".measures[" + j + "]", actionPlan, measure, references, storedMeasures,
                                partiesInDatabase);
                    }
                }
            }
        }

        private void checkPeriod(String path, PlanDocument.ActionPlan actionPlan) {
            PlanDocument.StrategicPlan plan = document.strategicPlan();
            if (!years(actionPlan.periodStart(), actionPlan.periodEnd())) {
                return;
            }
            if (actionPlan.periodEnd() < actionPlan.periodStart()) {
                add(path + ".periodEnd", "kan ikke være før startåret");
            }
            if (plan == null || !years(plan.periodStart(), plan.periodEnd())) {
                return;
            }
            String inside = "må ligge innenfor den strategiske planens periode (" + plan.periodStart() + "–"
                    + plan.periodEnd() + ")";
            if (actionPlan.periodStart() < plan.periodStart() || actionPlan.periodStart() > plan.periodEnd()) {
                add(path + ".periodStart", inside);
            }
            if (actionPlan.periodEnd() >= actionPlan.periodStart() && actionPlan.periodEnd() > plan.periodEnd()) {
                add(path + ".periodEnd", inside);
            }
        }

        private void checkMeasure(String path, PlanDocument.ActionPlan actionPlan, PlanDocument.Measure measure,
                Set<String> references, Map<String, Measure> storedMeasures, Set<String> partiesInDatabase) {
            if (measure.reference() != null) {
                if (!references.add(measure.reference())) {
                    add(path + ".reference", "«" + measure.reference() + "» står flere ganger i dokumentet");
                }
                Measure stored = storedMeasures.get(measure.reference());
                if (stored != null && actionPlan.code() != null && !stored.actionPlan.code.equals(actionPlan.code())) {
                    add(path + ".reference", "tiltaket «" + measure.reference() + "» hører til handlingsplan «"
                            + stored.actionPlan.code + "»");
                }
            }
            if (measure.goal() > 0 && !goals.contains(measure.goal())) {
                add(path + ".goal", "ukjent mål " + measure.goal());
            }
            if (measure.responsibility() != null) {
                Set<String> named = new HashSet<>();
                checkWordings(path + ".responsibility.lead", measure.responsibility().lead(), named,
                        partiesInDatabase);
                checkWordings(path + ".responsibility.partners", measure.responsibility().partners(), named,
                        partiesInDatabase);
            }
            List<PlanDocument.Report> reports = nullToEmpty(measure.reports());
            Set<List<Object>> createdAt = new HashSet<>();
            for (int r = 0; r < reports.size(); r++) {
                PlanDocument.Report report = reports.get(r);
                if (report == null) {
                    continue;
                }
                String reportPath = path + ".reports[" + r + "]";
                if (report.createdAt() != null && !createdAt.add(List.of(report.createdAt(),
                        Objects.toString(report.reportDate())))) {
                    add(reportPath + ".createdAt", "en annen rapport på tiltaket har samme tidspunkt og dato");
                }
                if (report.reportDate() != null && years(actionPlan.periodStart(), actionPlan.periodEnd())) {
                    LocalDate first = LocalDate.of(actionPlan.periodStart(), 1, 1);
                    LocalDate last = LocalDate.of(actionPlan.periodEnd(), 12, 31);
                    if (report.reportDate().isBefore(first) || report.reportDate().isAfter(last)) {
                        add(reportPath + ".reportDate", "må ligge innenfor handlingsplanens periode, " + first
                                + " til " + last);
                    }
                }
            }
        }

        private void checkWordings(String path, List<PlanDocument.PartyWording> wordings, Set<String> named,
                Set<String> partiesInDatabase) {
            List<PlanDocument.PartyWording> listed = nullToEmpty(wordings);
            for (int k = 0; k < listed.size(); k++) {
                PlanDocument.PartyWording wording = listed.get(k);
                if (wording == null || wording.party() == null || wording.party().isBlank()) {
                    continue;
                }
                String slug = wording.party();
                if (!parties.contains(slug) && !partiesInDatabase.contains(slug)) {
                    add(path + "[" + k + "].party", "ukjent part «" + slug + "»");
                } else if (!named.add(slug)) {
                    add(path + "[" + k + "].party", "«" + slug + "» er nevnt før i ansvaret for tiltaket");
                }
            }
        }

        /** The stored measures the document names, in one query. */
        private static Map<String, Measure> storedMeasures(List<PlanDocument.ActionPlan> actionPlans) {
            List<String> references = actionPlans.stream().filter(Objects::nonNull)
                    .flatMap(a -> nullToEmpty(a.measures()).stream()).filter(Objects::nonNull)
                    .map(PlanDocument.Measure::reference).filter(Objects::nonNull).distinct().toList();
            if (references.isEmpty()) {
                return Map.of();
            }
            Map<String, Measure> stored = new HashMap<>();
            for (List<String> chunk : chunks(references)) {
                Measure.<Measure>find("select m from Measure m join fetch m.actionPlan where m.reference in ?1", chunk)
                        .stream().forEach(m -> stored.put(m.reference, m));
            }
            return stored;
        }

        /** The stored parties that measures name but the document's party list does not, in one query. */
        private Set<String> partiesInDatabase(List<PlanDocument.ActionPlan> actionPlans) {
            List<String> slugs = actionPlans.stream().filter(Objects::nonNull)
                    .flatMap(a -> nullToEmpty(a.measures()).stream()).filter(Objects::nonNull)
                    .map(PlanDocument.Measure::responsibility).filter(Objects::nonNull)
                    .flatMap(r -> Stream.concat(nullToEmpty(r.lead()).stream(),
                            nullToEmpty(r.partners()).stream()))
                    .filter(Objects::nonNull).map(PlanDocument.PartyWording::party)
                    .filter(slug -> slug != null && !parties.contains(slug)).distinct().toList();
            if (slugs.isEmpty()) {
                return Set.of();
            }
            Set<String> stored = new HashSet<>();
            for (List<String> chunk : chunks(slugs)) {
                Party.<Party>list("slug in ?1", chunk).forEach(p -> stored.add(p.slug));
            }
            return stored;
        }

        private void add(String field, String message) {
            violations.add(new Problem.Violation(field, message));
        }

        private static boolean years(int start, int end) {
            return start >= 1000 && start <= 9999 && end >= 1000 && end <= 9999;
        }
    }

    private static <T> List<List<T>> chunks(List<T> list) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }

    static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
