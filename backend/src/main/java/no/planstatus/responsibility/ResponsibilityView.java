package no.planstatus.responsibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.common.InList;
import no.planstatus.common.SqlValues;
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
            // SQL rather than HQL: Hibernate builds an HQL query's SQL anew on every execution when it has an IN list
            // of parameters (seen in a profile of the uncached reads: a third of a measure status request's time).
            var query = Responsibility.getEntityManager().createNativeQuery("select r.measure_id, r.id, r.version,"
                    + " p.id as party_id, p.slug, p.name, p.kind, r.role, r.wording"
                    + " from responsibility r join party p on p.id = r.party_id"
                    + " where r.measure_id in " + InList.placeholders(chunk.size())
                    + " order by r.measure_id, r.position");
            Object[] parameters = InList.parameters(chunk);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                byMeasure.computeIfAbsent(SqlValues.longValue(columns[0]), id -> new ArrayList<>()).add(
                        new ResponsibilityView(SqlValues.longValue(columns[1]), SqlValues.longValue(columns[2]),
                                new PartyRef(SqlValues.longValue(columns[3]), (String) columns[4], (String) columns[5],
                                        SqlValues.enumValue(PartyKind.class, columns[6])),
                                SqlValues.enumValue(ResponsibilityRole.class, columns[7]), (String) columns[8]));
            }
        }
        return byMeasure;
    }
}
