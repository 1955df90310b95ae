package no.planstatus.statusreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import no.planstatus.common.ApiProblem;
import no.planstatus.plan.ActionPlan;

/** Reads published status reports: their stored snapshots, with the one field that may change since. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatusReportService {

    private final ObjectMapper json;

    public StatusReportService(ObjectMapper json) {
        this.json = json;
    }

    /** The action plan's published reports (every plan's when null), newest period first, every version. */
    public StatusReportList list(Long actionPlanId) {
        if (actionPlanId != null && ActionPlan.findByIdOptional(actionPlanId).isEmpty()) {
            throw ApiProblem.notFound("Handlingsplan", actionPlanId);
        }
        return new StatusReportList(StatusReport.listNewestFirst(actionPlanId).stream()
                .map(report -> read(json, report).summary()).toList());
    }

    public Optional<Stored> get(long id) {
        return StatusReport.<StatusReport>findByIdOptional(id).map(report -> new Stored(read(json, report),
                report.version));
    }

    /** A report as published, and the entity's version (which moves only when a correction supersedes it). */
    public record Stored(StatusReportView view, long version) {

        /** A strong ETag per representation: the snapshot never changes, only who supersedes it. */
        public String etag(String representation) {
            return view.id() + "-" + version + representation;
        }
    }

    static StatusReportView read(ObjectMapper json, StatusReport report) {
        try {
            return json.readValue(report.snapshot, StatusReportView.class).withSupersededById(report.supersededById);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored status report " + report.id + " cannot be read", e);
        }
    }
}
