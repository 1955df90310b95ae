package no.planstatus.token;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.planstatus.party.Party;
import no.planstatus.security.Role;

/** A named token another system sends as {@code Authorization: Bearer}. Only its SHA-256 hash is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    /** The first characters of the token, so people can tell tokens apart. */
    @Column(name = "token_prefix", nullable = false)
    public String tokenPrefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static Optional<ApiToken> findActiveByHash(String tokenHash) {
        return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
    }

    public static List<ApiToken> listNewestFirst() {
        return list("order by createdAt desc, id desc");
    }
}
