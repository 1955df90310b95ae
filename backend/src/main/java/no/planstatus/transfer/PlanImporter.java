package no.planstatus.transfer;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeBatch;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;
import no.planstatus.change.Snapshot;
import no.planstatus.goal.Goal;
import no.planstatus.goal.GoalSnapshot;
import no.planstatus.goal.GoalView;
import no.planstatus.goal.InterestPolicyMatter;
import no.planstatus.measure.Measure;
import no.planstatus.measure.MeasureSnapshot;
import no.planstatus.party.Party;
import no.planstatus.party.PartyRef;
import no.planstatus.party.PartySnapshot;
import no.planstatus.period.PeriodGenerator;
import no.planstatus.period.PeriodSnapshot;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.period.StandardPeriods;
import no.planstatus.plan.ActionPlan;
import no.planstatus.plan.ActionPlanSnapshot;
import no.planstatus.plan.Council;
import no.planstatus.plan.CouncilSnapshot;
import no.planstatus.plan.PlanSection;
import no.planstatus.plan.PlanSectionSnapshot;
import no.planstatus.plan.StrategicPlan;
import no.planstatus.plan.StrategicPlanSnapshot;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportState;
import no.planstatus.report.ReportLink;
import no.planstatus.report.ReportSnapshot;
import no.planstatus.report.ReportView;
import no.planstatus.responsibility.Responsibility;
import no.planstatus.responsibility.ResponsibilityRole;
import no.planstatus.responsibility.ResponsibilitySnapshot;
import no.planstatus.security.Actor;
import no.planstatus.security.Caller;

/**
 * Writes a {@link PlanDocument} into the database in one transaction, matching what is stored by stable keys: the
 * council by name, parties by slug, the strategic plan and action plans by code, sections by place and goals by
 * number in their strategic plan, measures by reference, responsibilities by party within the measure, and reports
 * by creation time (or, without one, by report date and text) within the measure. What is missing is created, what
 * differs is changed (a new version), and nothing is ever deleted: measures and responsibilities the document does
 * not name keep their order, ahead of those it names. Every created or changed resource is published as the same
 * change an editor would publish, all of them as one {@link ChangeBatch} (docs/change-pipeline.md).
 */
@ApplicationScoped
public class PlanImporter {

    /**
     * Far above what the largest file allowed ({@link PlanDocumentValidator#MAX_MEASURES}) takes (docs/benchmark.md);
     * the default of a minute is not.
     */
    static final int TRANSACTION_TIMEOUT_SECONDS = 600;

    private final PlanDocumentValidator validator;
    private final Changes changes;
    private final Caller caller;
    private final PeriodGenerator periods;

    public PlanImporter(PlanDocumentValidator validator, Changes changes, Caller caller, PeriodGenerator periods) {
        this.validator = validator;
        this.changes = changes;
        this.caller = caller;
        this.periods = periods;
    }

    /** Whether the document's strategic plan is already in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLoaded(PlanDocument document) {
        return StrategicPlan.findByCode(document.strategicPlan().code()).isPresent();
    }

    /**
     * Loads a plan the product itself supplies (the default content, test fixtures), published as product content:
     * it is not in the audit trail, for no one made these changes.
     */
    @Transactional
    public void importNew(PlanDocument document) {
        validator.requireValid(document);
        Run run = new Run(document, null);
        run.apply();
        changes.publishBatch(new ChangeBatch(Change.Origin.PRODUCT_CONTENT, run.changes()));
    }

    /**
     * Imports a document on a caller's behalf, all or nothing. A dry run does the same work and rolls it back, so
     * that it reports exactly what the import would do. The work per resource is constant (everything stored is
     * read up front, a few queries per action plan; changes are published once everything is flushed), so time grows
     * with the document; the transaction may run longer than the default minute for the largest files allowed.
     */
    @Transactional
    @TransactionConfiguration(timeout = TRANSACTION_TIMEOUT_SECONDS)
    public ImportSummary importPlan(PlanDocument document, boolean dryRun) {
        validator.requireValid(document);
        Run run = new Run(document, caller.actor().orElse(Actor.SYSTEM).name());
        run.apply();
        changes.publishBatch(new ChangeBatch(Change.Origin.IMPORT, run.changes()));
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return new ImportSummary(dryRun, List.copyOf(run.created), List.copyOf(run.updated), run.unchanged);
    }

    /**
     * How the import sees one kind of resource: the changes it publishes for it, the words people know it by (for
     * the summary), the fields it compares (named as in the resource's API), its snapshot (the one editors publish
     * too), and what to do when a stored one changes.
     */
    private record Kind<E extends PanacheEntity>(ChangeKind created, ChangeKind updated, Function<E, Long> measureId,
            Function<E, String> name, Function<E, Map<String, Object>> state, Function<E, Snapshot> snapshot,
            Consumer<E> touch) {

        String type() {
            return created.resourceType();
        }
    }

    /** One import: what it found, and the changes it publishes. */
    private final class Run {

        private final PlanDocument document;
        /** Who corrects reports the import changes, named as in the audit trail; null for product content. */
        private final String corrector;
        private final List<ImportSummary.Created> created = new ArrayList<>();
        private final List<ImportSummary.Updated> updated = new ArrayList<>();
        private int unchanged;
        /** Built after the last flush, so that every snapshot carries the version its change got. */
        private final List<Supplier<Change>> trail = new ArrayList<>();
        /** The rows of the goals' interest-policy matters and the reports' links, by goal and report id. */
        private final Map<Long, List<InterestPolicyMatter>> matters = new HashMap<>();
        private final Map<Long, List<ReportLink>> links = new HashMap<>();
        /** Goals whose matters changed, with the version they had: matters are rows of their own. */
        private final Map<Goal, Long> goalVersions = new IdentityHashMap<>();
        private final Map<ProgressReport, Boolean> corrected = new IdentityHashMap<>();
        private final Map<String, Party> parties = new HashMap<>();

        private final Kind<Council> councilKind = new Kind<>(ChangeKind.COUNCIL_CREATED, ChangeKind.COUNCIL_UPDATED,
                c -> null, c -> c.name, c -> fields("name", c.name, "vision", c.vision), CouncilSnapshot::of,
                nothing());
        private final Kind<Party> partyKind = new Kind<>(ChangeKind.PARTY_CREATED, ChangeKind.PARTY_UPDATED,
                p -> null, p -> p.name, p -> fields("slug", p.slug, "name", p.name, "kind", p.kind),
                PartySnapshot::of, nothing());
        private final Kind<StrategicPlan> strategicPlanKind = new Kind<>(ChangeKind.STRATEGIC_PLAN_CREATED,
                ChangeKind.STRATEGIC_PLAN_UPDATED, p -> null, p -> p.title,
                p -> fields("code", p.code, "council", p.council.name, "title", p.title, "periodStart", p.periodStart,
                        "periodEnd", p.periodEnd, "adoptedBy", p.adoptedBy, "adoptedOn", p.adoptedOn,
                        "closingStatement", p.closingStatement), StrategicPlanSnapshot::of, nothing());
        private final Kind<PlanSection> sectionKind = new Kind<>(ChangeKind.PLAN_SECTION_CREATED,
                ChangeKind.PLAN_SECTION_UPDATED, s -> null, s -> s.title,
                s -> fields("position", s.position, "title", s.title),
                PlanSectionSnapshot::of, nothing());
        private final Kind<Goal> goalKind = new Kind<>(ChangeKind.GOAL_CREATED, ChangeKind.GOAL_UPDATED, g -> null,
                g -> g.text,
                g -> fields("number", g.number, "section", g.section.position, "text", g.text,
                        "interestPolicy", interestPolicy(g)),
                g -> GoalSnapshot.of(g, goalInterestPolicy(g)),
                g -> goalVersions.putIfAbsent(g, g.version));
        private final Kind<ActionPlan> actionPlanKind = new Kind<>(ChangeKind.ACTION_PLAN_CREATED,
                ChangeKind.ACTION_PLAN_UPDATED, a -> null, a -> a.title,
                a -> fields("code", a.code, "title", a.title, "periodStart", a.periodStart, "periodEnd", a.periodEnd,
                        "adoptedBy", a.adoptedBy, "adoptedOn", a.adoptedOn, "introduction", a.introduction,
                        "measuresIntroduction", a.measuresIntroduction), ActionPlanSnapshot::of, nothing());
        private final Kind<Measure> measureKind = new Kind<>(ChangeKind.MEASURE_CREATED, ChangeKind.MEASURE_UPDATED,
                m -> m.id, m -> m.text,
                m -> fields("reference", m.reference, "goal", m.goal.number, "position", m.position, "text", m.text,
                        "responsibilityText", m.responsibilityText), MeasureSnapshot::of, nothing());
        private final Kind<Responsibility> responsibilityKind = new Kind<>(ChangeKind.RESPONSIBILITY_CREATED,
                ChangeKind.RESPONSIBILITY_UPDATED, r -> r.measure.id, r -> r.party.name,
                r -> fields("party", PartyRef.of(r.party), "role", r.role, "position", r.position, "wording",
                        r.wording), ResponsibilitySnapshot::of, nothing());
        private final Kind<ProgressReport> reportKind = new Kind<>(ChangeKind.REPORT_CREATED,
                ChangeKind.REPORT_CORRECTED, r -> r.measure.id, ProgressReport::periodLabel,
                r -> fields("period", r.periodLabel(), "reportDate", r.reportDate, "status", r.status, "assessment",
                        r.assessment, "percentComplete", r.percentComplete, "text", r.text, "author", r.author,
                        "createdAt", r.createdAt, "links", links.getOrDefault(r.id, List.of()).stream()
                                .map(l -> new PlanDocument.Link(l.url, l.title)).toList()),
                // Who corrected a report before is in the audit trail, not read here: only this import's
                // corrections name their corrector.
                r -> ReportSnapshot.of(r, links.getOrDefault(r.id, List.of()).stream()
                        .map(l -> new ReportView.Link(l.url, l.title)).toList(),
                        corrected.containsKey(r) ? corrector() : null),
                // Always touched, so that the version moves even when only the links changed.
                r -> {
                    r.updatedAt = now();
                    corrected.put(r, Boolean.TRUE);
                });

        Run(PlanDocument document, String corrector) {
            this.document = document;
            this.corrector = corrector;
        }

        private String corrector() {
            return corrector;
        }

        /** The changes to publish, in the order they were made; call after {@link #apply()}. */
        List<Change> changes() {
            return trail.stream().map(Supplier::get).toList();
        }

        void apply() {
            PlanDocument.Council councilData = document.council();
            Council council = upsert(councilKind, councilData.name(),
                    Council.findByName(councilData.name()).orElse(null), Council::new, c -> {
                        c.name = councilData.name();
                        c.vision = councilData.vision();
                    });
            for (PlanDocument.Party data : document.parties()) {
                parties.put(data.slug(), upsert(partyKind, data.slug(), Party.findBySlug(data.slug()).orElse(null),
                        Party::new, p -> {
                            p.slug = data.slug();
                            p.name = data.name();
                            p.kind = data.kind();
                        }));
            }
            StrategicPlan strategicPlan = strategicPlan(document.strategicPlan(), council);
            Map<Integer, Goal> goals = goals(document.strategicPlan(), strategicPlan);
            for (PlanDocument.ActionPlan data : document.actionPlans()) {
                actionPlan(data, strategicPlan, goals);
            }
            finish();
        }

        private StrategicPlan strategicPlan(PlanDocument.StrategicPlan data, Council council) {
            return upsert(strategicPlanKind, data.code(), StrategicPlan.findByCode(data.code()).orElse(null),
                    StrategicPlan::new, p -> {
                        p.council = council;
                        p.code = data.code();
                        p.title = data.title();
                        p.periodStart = data.periodStart();
                        p.periodEnd = data.periodEnd();
                        p.adoptedBy = data.adoptedBy();
                        p.adoptedOn = data.adoptedOn();
                        p.closingStatement = data.closingStatement();
                    });
        }

        /** The plan's goals by number: those of the document, and those stored that it does not name. */
        private Map<Integer, Goal> goals(PlanDocument.StrategicPlan data, StrategicPlan plan) {
            Map<Integer, PlanSection> storedSections = PlanSection.listByStrategicPlan(plan.id).stream()
                    .collect(Collectors.toMap(s -> s.position, s -> s));
            Map<Integer, Goal> goals = new HashMap<>();
            List<Goal> stored = Goal.listByStrategicPlan(plan.id);
            stored.forEach(g -> goals.put(g.number, g));
            InterestPolicyMatter.listByGoals(stored.stream().map(g -> g.id).toList())
                    .forEach(m -> matters.computeIfAbsent(m.goal.id, id -> new ArrayList<>()).add(m));
            for (int s = 0; s < data.sections().size(); s++) {
                PlanDocument.Section sectionData = data.sections().get(s);
                int position = s + 1;
                PlanSection section = upsert(sectionKind, data.code() + "/section-" + position,
                        storedSections.get(position), PlanSection::new, x -> {
                            x.strategicPlan = plan;
                            x.position = position;
                            x.title = sectionData.title();
                        });
                for (PlanDocument.Goal goalData : sectionData.goals()) {
                    goals.put(goalData.number(), upsert(goalKind, data.code() + "/" + goalData.number(),
                            goals.get(goalData.number()), Goal::new, g -> {
                                g.strategicPlan = plan;
                                g.number = goalData.number();
                                g.section = section;
                                g.text = goalData.text();
                                g.interestPolicyHeading = goalData.interestPolicy() == null ? null
                                        : goalData.interestPolicy().heading();
                            }, g -> writeMatters(g, goalData.interestPolicy() == null ? List.of()
                                    : goalData.interestPolicy().matters())));
                }
            }
            return goals;
        }

        private void actionPlan(PlanDocument.ActionPlan data, StrategicPlan strategicPlan, Map<Integer, Goal> goals) {
            ActionPlan plan = upsert(actionPlanKind, data.code(), ActionPlan.findByCode(data.code()).orElse(null),
                    ActionPlan::new, a -> {
                        a.strategicPlan = strategicPlan;
                        a.code = data.code();
                        a.title = data.title();
                        a.periodStart = data.periodStart();
                        a.periodEnd = data.periodEnd();
                        a.adoptedBy = data.adoptedBy();
                        a.adoptedOn = data.adoptedOn();
                        a.introduction = data.introduction();
                        a.measuresIntroduction = data.measuresIntroduction();
                    });
            for (ReportingPeriod added : periods.ensure(plan)) {
                trail.add(() -> Change.created(ChangeKind.PERIOD_CREATED, null, PeriodSnapshot.of(added)));
            }
            Map<Long, ReportingPeriod> planPeriods = ReportingPeriod.listByActionPlan(plan.id).stream()
                    .collect(Collectors.toMap(p -> p.id, p -> p));
            List<StandardPeriods.Range> ranges = planPeriods.values().stream()
                    .map(p -> new StandardPeriods.Range(p.id, p.label, p.startsOn, p.endsOn)).toList();
            Stored stored = new Stored(plan);
            stored.links.forEach(l -> links.computeIfAbsent(l.report.id, id -> new ArrayList<>()).add(l));
            Set<String> named = data.measures().stream().map(PlanDocument.Measure::reference)
                    .collect(Collectors.toSet());
            Map<Integer, Integer> taken = new HashMap<>();
            stored.measures.values().stream().filter(m -> !named.contains(m.reference))
                    .sorted(Comparator.<Measure>comparingInt(m -> m.goal.number).thenComparingInt(m -> m.position)
                            .thenComparing(m -> m.id))
                    .forEach(m -> reposition(measureKind, m.reference, m, taken.merge(m.goal.number, 1, Integer::sum),
                            (x, position) -> x.position = position, x -> x.position));
            for (PlanDocument.Measure measureData : data.measures()) {
                int position = taken.merge(measureData.goal(), 1, Integer::sum);
                Measure measure = upsert(measureKind, measureData.reference(),
                        stored.measures.get(measureData.reference()), Measure::new, m -> {
                            m.actionPlan = plan;
                            m.reference = measureData.reference();
                            m.goal = goals.get(measureData.goal());
                            m.position = position;
                            m.text = measureData.text();
                            m.responsibilityText = measureData.responsibility().text();
                        });
                responsibilities(measure, measureData.responsibility(),
                        stored.responsibilities.getOrDefault(measure.id, List.of()));
                reports(measure, PlanDocumentValidator.nullToEmpty(measureData.reports()),
                        stored.reports.getOrDefault(measure.id, List.of()), planPeriods, ranges);
            }
        }

        private void responsibilities(Measure measure, PlanDocument.Responsibility data,
                List<Responsibility> stored) {
            List<Map.Entry<ResponsibilityRole, PlanDocument.PartyWording>> wanted = new ArrayList<>();
            PlanDocumentValidator.nullToEmpty(data.lead()).forEach(w -> wanted.add(Map.entry(ResponsibilityRole.LEAD,
                    w)));
            PlanDocumentValidator.nullToEmpty(data.partners()).forEach(w -> wanted.add(
                    Map.entry(ResponsibilityRole.PARTNER, w)));
            Set<String> named = wanted.stream().map(e -> e.getValue().party()).collect(Collectors.toSet());
            int position = 0;
            for (Responsibility kept : stored.stream().filter(r -> !named.contains(r.party.slug))
                    .sorted(Comparator.<Responsibility>comparingInt(r -> r.position).thenComparing(r -> r.id))
                    .toList()) {
                reposition(responsibilityKind, key(measure, kept.party.slug), kept, ++position,
                        (x, p) -> x.position = p, x -> x.position);
            }
            Map<String, Responsibility> bySlug = stored.stream()
                    .collect(Collectors.toMap(r -> r.party.slug, r -> r));
            for (Map.Entry<ResponsibilityRole, PlanDocument.PartyWording> entry : wanted) {
                PlanDocument.PartyWording wording = entry.getValue();
                int place = ++position;
                upsert(responsibilityKind, key(measure, wording.party()), bySlug.get(wording.party()),
                        Responsibility::new, r -> {
                            r.measure = measure;
                            r.party = party(wording.party());
                            r.role = entry.getKey();
                            r.position = place;
                            r.wording = wording.wording();
                        });
            }
        }

        /**
         * The document's reports name their period by label; a label the plan has no period for (nothing is created
         * for it) stays the report's legacy label, and a report without one lands in the period its date falls in,
         * as the migration of free-text periods does ({@link StandardPeriods#match}).
         */
        private void reports(Measure measure, List<PlanDocument.Report> data, List<ProgressReport> stored,
                Map<Long, ReportingPeriod> planPeriods, List<StandardPeriods.Range> ranges) {
            Map<PlanDocument.Report, ProgressReport> matches = matchReports(data, stored);
            for (PlanDocument.Report reportData : data) {
                ProgressReport match = matches.get(reportData);
                Instant createdAt = reportData.createdAt() != null ? reportData.createdAt()
                        : match != null ? match.createdAt : now();
                upsert(reportKind, measure.reference + "@" + reportData.reportDate() + "/" + createdAt, match,
                        ProgressReport::new, r -> {
                            r.measure = measure;
                            r.createdAt = createdAt;
                            ReportingPeriod period = StandardPeriods.match(ranges, reportData.period(),
                                    reportData.reportDate()).map(range -> planPeriods.get(range.id())).orElse(null);
                            r.reportingPeriod = period;
                            r.period = period != null || reportData.period() == null
                                    || reportData.period().isBlank() ? null : reportData.period().trim();
                            r.reportDate = reportData.reportDate();
                            r.status = reportData.status();
                            r.assessment = reportData.assessment();
                            r.percentComplete = reportData.percentComplete();
                            r.text = reportData.text();
                            r.author = reportData.author();
                        }, r -> writeLinks(r, PlanDocumentValidator.nullToEmpty(reportData.links())));
            }
        }

        /**
         * Pairs the document's reports with stored ones: by creation time and report date, then by creation time
         * alone (the date was corrected), and reports without a creation time by report date and text.
         */
        private static Map<PlanDocument.Report, ProgressReport> matchReports(List<PlanDocument.Report> data,
                List<ProgressReport> stored) {
            Map<PlanDocument.Report, ProgressReport> matches = new IdentityHashMap<>();
            List<ProgressReport> unmatched = new ArrayList<>(stored);
            List<BiPredicate<PlanDocument.Report, ProgressReport>> rules = List.of(
                    (d, r) -> d.createdAt() != null && d.createdAt().equals(r.createdAt)
                            && d.reportDate().equals(r.reportDate),
                    (d, r) -> d.createdAt() != null && d.createdAt().equals(r.createdAt),
                    (d, r) -> d.createdAt() == null && d.reportDate().equals(r.reportDate) && d.text().equals(r.text));
            for (BiPredicate<PlanDocument.Report, ProgressReport> rule : rules) {
                for (PlanDocument.Report report : data) {
                    if (!matches.containsKey(report)) {
                        unmatched.stream().filter(r -> rule.test(report, r)).findFirst().ifPresent(r -> {
                            matches.put(report, r);
                            unmatched.remove(r);
                        });
                    }
                }
            }
            return matches;
        }

        /** Rewrites the goal's matters in place, so that no two rows ever hold the same position. */
        private void writeMatters(Goal goal, List<String> texts) {
            List<InterestPolicyMatter> current = matters.computeIfAbsent(goal.id, id -> new ArrayList<>());
            for (int i = 0; i < texts.size(); i++) {
                if (i < current.size()) {
                    current.get(i).text = texts.get(i);
                } else {
                    InterestPolicyMatter matter = new InterestPolicyMatter();
                    matter.goal = goal;
                    matter.position = i + 1;
                    matter.text = texts.get(i);
                    matter.persist();
                    current.add(matter);
                }
            }
            while (current.size() > texts.size()) {
                current.remove(current.size() - 1).delete();
            }
        }

        private void writeLinks(ProgressReport report, List<PlanDocument.Link> wanted) {
            List<ReportLink> current = links.computeIfAbsent(report.id, id -> new ArrayList<>());
            for (int i = 0; i < wanted.size(); i++) {
                ReportLink link = i < current.size() ? current.get(i) : new ReportLink();
                link.report = report;
                link.position = i + 1;
                link.url = wanted.get(i).url();
                link.title = wanted.get(i).title();
                if (i >= current.size()) {
                    link.persist();
                    current.add(link);
                }
            }
            while (current.size() > wanted.size()) {
                current.remove(current.size() - 1).delete();
            }
        }

        /**
         * Creates the resource when nothing is stored under its key, or brings the stored one in line with the
         * document; {@code children} writes rows of its own (matters, links), after the resource has an id.
         */
        private <E extends PanacheEntity> E upsert(Kind<E> kind, String key, E stored, Supplier<E> blank,
                Consumer<E> fields, Consumer<E> children) {
            if (stored == null) {
                E entity = blank.get();
                fields.accept(entity);
                entity.persist();
                children.accept(entity);
                created.add(new ImportSummary.Created(kind.type(), key, kind.name().apply(entity)));
                trail.add(() -> Change.created(kind.created(), kind.measureId().apply(entity),
                        kind.snapshot().apply(entity)));
                return entity;
            }
            Snapshot before = kind.snapshot().apply(stored);
            Map<String, Object> beforeState = kind.state().apply(stored);
            fields.accept(stored);
            children.accept(stored);
            List<String> changed = kind.state().apply(stored).entrySet().stream()
                    .filter(field -> !Objects.equals(beforeState.get(field.getKey()), field.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (changed.isEmpty()) {
                unchanged++;
            } else {
                kind.touch().accept(stored);
                updated.add(new ImportSummary.Updated(kind.type(), key, kind.name().apply(stored), changed));
                trail.add(() -> Change.updated(kind.updated(), kind.measureId().apply(stored), before,
                        kind.snapshot().apply(stored)));
            }
            return stored;
        }

        private <E extends PanacheEntity> E upsert(Kind<E> kind, String key, E stored, Supplier<E> blank,
                Consumer<E> fields) {
            return upsert(kind, key, stored, blank, fields, nothing());
        }

        /** Moves a stored resource the document does not name; it is reported only when it actually moves. */
        private <E extends PanacheEntity> void reposition(Kind<E> kind, String key, E entity, int position,
                ObjIntConsumer<E> place, ToIntFunction<E> current) {
            if (current.applyAsInt(entity) == position) {
                return;
            }
            Snapshot before = kind.snapshot().apply(entity);
            place.accept(entity, position);
            updated.add(new ImportSummary.Updated(kind.type(), key, kind.name().apply(entity), List.of("position")));
            trail.add(() -> Change.updated(kind.updated(), kind.measureId().apply(entity), before,
                    kind.snapshot().apply(entity)));
        }

        private void finish() {
            Goal.flush();
            goalVersions.forEach((goal, version) -> {
                if (goal.version == version) {
                    Goal.getEntityManager().lock(goal, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
                }
            });
        }

        private Party party(String slug) {
            return parties.computeIfAbsent(slug, s -> Party.findBySlug(s).orElseThrow());
        }

        private PlanDocument.InterestPolicy interestPolicy(Goal goal) {
            if (goal.interestPolicyHeading == null) {
                return null;
            }
            return new PlanDocument.InterestPolicy(goal.interestPolicyHeading,
                    matters.getOrDefault(goal.id, List.of()).stream().map(m -> m.text).toList());
        }

        private GoalView.InterestPolicy goalInterestPolicy(Goal goal) {
            PlanDocument.InterestPolicy policy = interestPolicy(goal);
            return policy == null ? null : new GoalView.InterestPolicy(policy.heading(), policy.matters());
        }

        private static String key(Measure measure, String partySlug) {
            return measure.reference + ":" + partySlug;
        }
    }

    /** What an action plan holds already, read in four queries. */
    private static final class Stored {

        final Map<String, Measure> measures = new HashMap<>();
        final Map<Long, List<Responsibility>> responsibilities;
        final Map<Long, List<ProgressReport>> reports;
        final List<ReportLink> links;

        Stored(ActionPlan plan) {
            Measure.<Measure>find("select m from Measure m join fetch m.goal where m.actionPlan.id = ?1", plan.id)
                    .stream().forEach(m -> measures.put(m.reference, m));
            responsibilities = Responsibility.<Responsibility>find("select r from Responsibility r join fetch r.party "
                    + "where r.measure.actionPlan.id = ?1 order by r.position, r.id", plan.id).stream()
                    .collect(Collectors.groupingBy(r -> r.measure.id));
            // An import matches and corrects approved reports only: drafts and reports in review are their
            // authors', and stay as they are.
            reports = ProgressReport.<ProgressReport>list("measure.actionPlan.id = ?1 order by reportDate, id",
                    plan.id).stream().filter(r -> r.state == ReportState.APPROVED).collect(Collectors.groupingBy(r -> r.measure.id));
            links = ReportLink.list("report.measure.actionPlan.id = ?1 order by position, id", plan.id);
        }
    }

    private static <E> Consumer<E> nothing() {
        return entity -> {
        };
    }

    /** A field map that, unlike Map.of, keeps its order and allows null values. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
