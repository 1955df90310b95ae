package no.planstatus.round;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.planstatus.measure.Measure;
import no.planstatus.party.Party;

/** That a party must report on a measure in a round (by default the measure's lead bodies). */
@Entity
@Table(name = "round_assignment")
public class RoundAssignment extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    public ReportingRound round;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;
}
