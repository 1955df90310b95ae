package no.planstatus.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.planstatus.audit.AuditEvent;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.StoredSnapshots;
import no.planstatus.common.ApiProblem;
import no.planstatus.common.PublicUrl;
import no.planstatus.goal.Goal;
import no.planstatus.measure.Measure;
import no.planstatus.measure.MeasureSnapshot;
import no.planstatus.party.Party;
import no.planstatus.plan.StrategicPlan;
import no.planstatus.report.ReportSnapshot;
import no.planstatus.report.ReportState;
import no.planstatus.responsibility.ResponsibilitySnapshot;

/**
 * Builds the Atom change feed from the audit trail: reports, measures and responsibilities, newest first. Each entry
 * reads its snapshot as its resource type's one record ({@link StoredSnapshots}), whoever wrote it and whenever.
 */
@ApplicationScoped
public class ChangeFeed {

    static final int ENTRIES = 50;
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String TAG_DATE = "2026";
    private static final Set<String> FEED_TYPES = Set.of(ChangeKind.Resource.REPORT, ChangeKind.Resource.MEASURE,
            ChangeKind.Resource.RESPONSIBILITY);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private static final Map<String, String> ROLE = Map.of("LEAD", "leder", "PARTNER", "partner");

    private final ObjectMapper json;
    private final StoredSnapshots snapshots;

    public ChangeFeed(ObjectMapper json, StoredSnapshots snapshots) {
        this.json = json;
        this.snapshots = snapshots;
    }

    /**
     * The feed as XML; 404 problem when the goal or party does not exist. Ids and links are built from the public
     * address alone, so the same feed is right for every reader.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String render(Long goalId, Long partyId, PublicUrl publicUrl, String selfUrl) {
        String title = "Planstatus: statusrapporter og endringer";
        String adoption = null;
        StringBuilder query = new StringBuilder("measureId is not null and entityType in :types");
        Parameters parameters = Parameters.with("types", FEED_TYPES);
        if (goalId != null) {
            Goal goal = Goal.<Goal>findByIdOptional(goalId).orElseThrow(() -> ApiProblem.notFound("Mål", goalId));
            title += " for mål " + goal.number + ": " + goal.text;
            adoption = goal.strategicPlan.adoptedOn;
            query.append(" and measureId in (select m.id from Measure m where m.goal.id = :goal)");
            parameters.and("goal", goalId);
        }
        if (partyId != null) {
            Party party = Party.<Party>findByIdOptional(partyId)
                    .orElseThrow(() -> ApiProblem.notFound("Ansvarlig", partyId));
            title += " for " + party.name;
            query.append(" and measureId in (select r.measure.id from Responsibility r where r.party.id = :party)");
            parameters.and("party", partyId);
        }
        if (adoption == null) {
            adoption = StrategicPlan.listInOrder().stream().findFirst().map(plan -> plan.adoptedOn).orElse(null);
        }
        List<AuditEvent> events = AuditEvent.<AuditEvent>find(query + " order by occurredAt desc, id desc", parameters)
                .page(0, ENTRIES).list();
        Map<Long, String> references = references(events);
        String tagBase = "tag:" + publicUrl.host() + "," + TAG_DATE + ":";
        String feedId = tagBase + "feed/changes" + (goalId != null ? "/goal/" + goalId : "")
                + (partyId != null ? "/party/" + partyId : "");
        Instant updated = events.isEmpty() ? adoptionInstant(adoption) : events.get(0).occurredAt;
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM_NS);
            xml.writeStartElement(ATOM_NS, "feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "nb");
            element(xml, "id", feedId);
            element(xml, "title", title);
            element(xml, "updated", iso(updated));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", publicUrl.link("/"), "text/html");
            element(xml, "generator", "Planstatus");
            for (AuditEvent event : events) {
                entry(xml, event, references, tagBase, publicUrl);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
    }

    private void entry(XMLStreamWriter xml, AuditEvent event, Map<Long, String> references, String tagBase,
            PublicUrl publicUrl) throws XMLStreamException {
        JsonNode stored = event.afterJson != null ? parse(event.afterJson) : parse(event.beforeJson);
        if (stored == null) {
            // Unreadable: an entry with what the row itself says.
            stored = json.createObjectNode();
        }
        String reference = references.get(event.measureId);
        String author = event.actorName;
        // Someone who shares in what the entry shows without having made the change it announces.
        String contributor = null;
        String title;
        String summary;
        switch (event.entityType) {
            case ChangeKind.Resource.REPORT -> {
                ReportSnapshot report = snapshots.read(event.entityType, stored, ReportSnapshot.class).orElseThrow();
                reference = reference != null ? reference : "#" + event.measureId;
                String status = (report.status() == null ? "" : report.status().label())
                        + " (" + (report.assessment() == null ? "" : report.assessment().label()) + ")";
                // An approval is the first the public sees of a report: announced as a new report, by its author.
                boolean approval = event.action == AuditEvent.Action.UPDATE && event.beforeJson != null
                        && snapshots.read(event.entityType, parse(event.beforeJson), ReportSnapshot.class)
                                .map(before -> before.stateOrApproved() != ReportState.APPROVED).orElse(false);
                title = switch (event.action) {
                    case CREATE -> "Statusrapport for tiltak " + reference + ": " + status;
                    case UPDATE -> (approval ? "Statusrapport for tiltak " : "Rettet statusrapport for tiltak ")
                            + reference + ": " + status;
                    case DELETE -> "Statusrapport slettet for tiltak " + reference;
                };
                summary = report.text() == null ? "" : report.text();
                if (report.period() != null) {
                    summary = report.period() + ": " + summary;
                }
                // A report's entry is by the one who wrote it; a correction's by the one who corrected it (the
                // change the entry announces), with the one who wrote the report as contributor.
                String reportAuthor = report.author();
                if (event.action == AuditEvent.Action.UPDATE && !approval) {
                    if (reportAuthor != null && !reportAuthor.equals(author)) {
                        contributor = reportAuthor;
                    }
                } else if (reportAuthor != null) {
                    author = reportAuthor;
                }
            }
            case ChangeKind.Resource.MEASURE -> {
                MeasureSnapshot measure = snapshots.read(event.entityType, stored, MeasureSnapshot.class)
                        .orElseThrow();
                reference = reference != null ? reference
                        : measure.reference() != null ? measure.reference() : "#" + event.measureId;
                title = "Tiltak " + reference + switch (event.action) {
                    case CREATE -> " er opprettet";
                    case UPDATE -> " er endret";
                    case DELETE -> " er slettet";
                };
                summary = measure.text() == null ? "" : measure.text();
            }
            default -> {
                ResponsibilitySnapshot responsibility = snapshots.read(event.entityType, stored,
                        ResponsibilitySnapshot.class).orElseThrow();
                reference = reference != null ? reference : "#" + event.measureId;
                String role = responsibility.role() == null ? "" : responsibility.role().name();
                String who = (responsibility.party() == null ? "" : responsibility.party().name())
                        + " (" + ROLE.getOrDefault(role, role) + ")";
                title = switch (event.action) {
                    case CREATE -> "Nytt ansvar for tiltak " + reference + ": " + who;
                    case UPDATE -> "Endret ansvar for tiltak " + reference + ": " + who;
                    case DELETE -> "Ansvar fjernet fra tiltak " + reference + ": " + who;
                };
                summary = who + (responsibility.wording() != null ? " – «" + responsibility.wording() + "»" : "");
            }
        }
        boolean measureExists = references.containsKey(event.measureId);
        xml.writeStartElement(ATOM_NS, "entry");
        element(xml, "id", tagBase + "audit-event/" + event.id);
        element(xml, "title", title);
        element(xml, "updated", iso(event.occurredAt));
        link(xml, "alternate", publicUrl.link(measureExists ? "/tiltak/" + event.measureId : "/"), "text/html");
        xml.writeStartElement(ATOM_NS, "author");
        element(xml, "name", author == null || author.isBlank() ? "Planstatus" : author);
        xml.writeEndElement();
        if (contributor != null && !contributor.isBlank()) {
            xml.writeStartElement(ATOM_NS, "contributor");
            element(xml, "name", contributor);
            xml.writeEndElement();
        }
        xml.writeStartElement(ATOM_NS, "category");
        xml.writeAttribute("term", event.entityType + "-" + event.action.name().toLowerCase());
        xml.writeEndElement();
        if (!summary.isBlank()) {
            xml.writeStartElement(ATOM_NS, "summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(clean(summary));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static Map<Long, String> references(List<AuditEvent> events) {
        Set<Long> ids = events.stream().map(event -> event.measureId).collect(Collectors.toSet());
        Map<Long, String> references = new HashMap<>();
        if (ids.isEmpty()) {
            return references;
        }
        List<Object[]> rows = Measure.getEntityManager()
                .createQuery("select m.id, m.reference from Measure m where m.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            references.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return references;
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM_NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    /** Drops characters XML 1.0 cannot carry at all (escaping is the writer's job). */
    static String clean(String text) {
        return text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** «2030-01» or «2031-02-03» as the start of that day in UTC; the epoch when it cannot be read. */
    static Instant adoptionInstant(String adoptedOn) {
        if (adoptedOn == null) {
            return Instant.EPOCH;
        }
        String date = adoptedOn.trim().length() == 7 ? adoptedOn.trim() + "-01" : adoptedOn.trim();
        try {
            return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
