package no.planstatus.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import no.planstatus.party.Party;
import no.planstatus.round.ReportingRound;

/**
 * A personal link for reporting without an account: valid for one round and one party's measures, until the round
 * closes or an editor revokes it. Only the SHA-256 of its secret is stored.
 */
@Entity
@Table(name = "report_invitation")
public class ReportInvitation extends PanacheEntity {

    @Version
    public long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    public ReportingRound round;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;

    /** Hex SHA-256 of the secret in the link. */
    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    /** The person the link was sent to; their reports are signed with this name and address. */
    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
