package no.planstatus.responsibility;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.planstatus.common.InList;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;

/** Who answers for a measure, and in which role; keeps the party's wording from the «Ansvar» line. */
@Entity
@Table(name = "responsibility")
public class Responsibility extends PanacheEntity {

    /** Optimistic-lock version; the resource\'s ETag. */
    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponsibilityRole role;

    @Column(nullable = false)
    public int position;

    /** The party as the original names it in this measure, e.g. "administrasjonen". */
    @Column(nullable = false)
    public String wording;

    public static List<Responsibility> listByMeasures(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        // Ascending ids in chunks, so the chunks' rows together keep the order by measure.
        List<Responsibility> found = new ArrayList<>();
        for (List<Long> chunk : InList.chunks(measureIds)) {
            found.addAll(Responsibility.<Responsibility>find("select r from Responsibility r join fetch r.party"
                    + " where r.measure.id in " + InList.placeholders(chunk.size())
                    + " order by r.measure.id, r.position", InList.parameters(chunk)).list());
        }
        return found;
    }

    public static List<Responsibility> listByMeasure(long measureId) {
        return listByMeasures(List.of(measureId));
    }

    public static Optional<Responsibility> findInMeasure(long measureId, long id) {
        return find("select r from Responsibility r join fetch r.party where r.id = ?1 and r.measure.id = ?2", id,
                measureId).firstResultOptional();
    }

    public static List<Responsibility> listByParty(long partyId) {
        return list("party.id = ?1 order by measure.id", partyId);
    }
}
