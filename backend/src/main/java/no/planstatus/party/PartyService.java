package no.planstatus.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.planstatus.common.Page;
import no.planstatus.common.PageRequest;
import no.planstatus.measure.MeasureFilter;
import no.planstatus.measure.MeasureService;
import no.planstatus.responsibility.Responsibility;
import no.planstatus.responsibility.ResponsibilityRole;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartyService {

    private final MeasureService measures;

    public PartyService(MeasureService measures) {
        this.measures = measures;
    }

    public Page<PartySummary> page(PageRequest page) {
        return Page.of(Party.pageByName(page), page, party -> PageRequest.cursor(party.id, party.name))
                .map(PartyService::summaries);
    }

    private static List<PartySummary> summaries(List<Party> parties) {
        if (parties.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<ResponsibilityRole, Long>> counts = Party.<Party>getEntityManager()
                .createQuery("select r.party.id, r.role, count(r) from Responsibility r where r.party.id in :parties"
                        + " group by r.party.id, r.role", Object[].class)
                .setParameter("parties", parties.stream().map(party -> party.id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.toMap(row -> (ResponsibilityRole) row[1], row -> (Long) row[2])));
        return parties.stream().map(party -> {
            Map<ResponsibilityRole, Long> byRole = counts.getOrDefault(party.id, Map.of());
            return new PartySummary(party.id, party.version, party.slug, party.name, party.kind,
                    byRole.getOrDefault(ResponsibilityRole.LEAD, 0L),
                    byRole.getOrDefault(ResponsibilityRole.PARTNER, 0L));
        }).toList();
    }

    public Optional<PartyContact> contact(long id) {
        return Party.<Party>findByIdOptional(id).map(PartyContact::of);
    }

    public Optional<PartyView> get(long id) {
        return Party.<Party>findByIdOptional(id).map(party -> {
            Map<Long, Responsibility> roleByMeasure = Responsibility.listByParty(party.id).stream()
                    .collect(Collectors.toMap(r -> r.measure.id, Function.identity(), (first, second) -> first));
            MeasureFilter filter = new MeasureFilter(null, null, null, party.id, null, null, null);
            List<PartyView.PartyMeasure> partyMeasures = measures.list(filter).stream()
                    .map(m -> {
                        Responsibility own = roleByMeasure.get(m.id());
                        return new PartyView.PartyMeasure(own.role, own.wording, m);
                    })
                    .toList();
            return new PartyView(party.id, party.version, party.slug, party.name, party.kind, partyMeasures);
        });
    }
}
