package no.planstatus.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeBatch;
import no.planstatus.change.ChangeKind;
import no.planstatus.measure.Measure;

/**
 * Feeds the webhook outbox from the change pipeline: every change whose kind has a webhook event (a report written or
 * corrected) becomes one delivery per webhook, in the writing transaction. An import that writes more than
 * {@link #SUMMARY_ABOVE} reports sends one {@value #PLAN_IMPORTED} event instead, with counts and the action plans
 * concerned, so that a receiver is not flooded and can fetch what it needs (docs/integration.md).
 */
@ApplicationScoped
public class ReportWebhooks {

    /** The most report events one import sends one by one. */
    static final int SUMMARY_ABOVE = 20;
    static final String PLAN_IMPORTED = "plan.imported";
    /** Measure ids per query when finding the action plans an import touched. */
    private static final int IDS_PER_QUERY = 1000;

    private final WebhookService service;

    public ReportWebhooks(WebhookService service) {
        this.service = service;
    }

    /** An editor's change is sent at once; an import's waits for its batch. */
    void onChange(@Observes Change change) {
        if (change.origin() == Change.Origin.EDITOR) {
            change.kind().webhookEvent().ifPresent(event -> service.enqueue(event, reportFields(change)));
        }
    }

    void onBatch(@Observes ChangeBatch batch) {
        List<Change> reports = batch.changes().stream().filter(c -> c.kind().webhookEvent().isPresent()).toList();
        if (reports.size() <= SUMMARY_ABOVE) {
            reports.forEach(change -> service.enqueue(change.kind().webhookEvent().orElseThrow(),
                    reportFields(change)));
            return;
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("created", reports.stream().filter(c -> c.kind() == ChangeKind.REPORT_CREATED).count());
        counts.put("corrected", reports.stream().filter(c -> c.kind() == ChangeKind.REPORT_CORRECTED).count());
        Set<Long> measureIds = new LinkedHashSet<>();
        reports.forEach(change -> measureIds.add(change.measureId()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actionPlans", actionPlans(measureIds));
        fields.put("measures", measureIds.size());
        fields.put("reports", counts);
        service.enqueue(PLAN_IMPORTED, fields);
    }

    private static Map<String, Object> reportFields(Change change) {
        Measure measure = Measure.findById(change.measureId());
        Map<String, Object> measureRef = new LinkedHashMap<>();
        measureRef.put("id", change.measureId());
        measureRef.put("reference", measure == null ? null : measure.reference);
        measureRef.put("text", measure == null ? null : measure.text);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("measure", measureRef);
        fields.put("report", change.after());
        return fields;
    }

    /** The action plans of the measures, by code, in a few queries however many measures there are. */
    private static List<Map<String, Object>> actionPlans(Set<Long> measureIds) {
        Map<Long, String> plans = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(measureIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            Measure.getEntityManager().createQuery("select distinct m.actionPlan.id, m.actionPlan.code from Measure m"
                            + " where m.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(row -> plans.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return plans.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(plan -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("id", plan.getKey());
            ref.put("code", plan.getValue());
            return ref;
        }).toList();
    }
}
