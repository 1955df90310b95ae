package no.planstatus.responsibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.common.InList;
import no.planstatus.common.Versioned;
import no.planstatus.party.PartyKind;
import no.planstatus.party.PartyRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Responsibility", description = "A party's role in a measure.")
public record ResponsibilityView(
        @Schema(required = true) long id,
        @Schema(required = true,
                description = "Optimistic-lock version; the ETag of GET /measures/{measureId}/responsibilities/{id}.")
        long version,
        @Schema(required = true) PartyRef party,
        @Schema(required = true) ResponsibilityRole role,
        @Schema(required = true, description = "The party as the original «Ansvar» line words it.",
                examples = "administrasjonen") String wording) implements Versioned {

    public static ResponsibilityView of(Responsibility responsibility) {
        return new ResponsibilityView(responsibility.id, responsibility.version, PartyRef.of(responsibility.party),
                responsibility.role, responsibility.wording);
    }

    /**
     * The views of the measures' responsibilities by measure, leads first, then partners, in the order the original
     * names them: read as rows, not entities, one query per {@link InList#MAX} measures.
     */
    public static Map<Long, List<ResponsibilityView>> listByMeasures(Collection<Long> measureIds) {
        Map<Long, List<ResponsibilityView>> byMeasure = new HashMap<>();
        for (List<Long> chunk : InList.chunks(measureIds)) {
            var query = Responsibility.getEntityManager().createQuery("select r.measure.id, r.id, r.version, p.id,"
                    + " p.slug, p.name, p.kind, r.role, r.wording from Responsibility r join r.party p"
                    + " where r.measure.id in " + InList.placeholders(chunk.size())
                    + " order by r.measure.id, r.position", Object[].class);
            Object[] parameters = InList.parameters(chunk);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            for (Object[] row : query.getResultList()) {
                byMeasure.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new ResponsibilityView(
                        (Long) row[1], (Long) row[2],
                        new PartyRef((Long) row[3], (String) row[4], (String) row[5], (PartyKind) row[6]),
                        (ResponsibilityRole) row[7], (String) row[8]));
            }
        }
        return byMeasure;
    }
}
