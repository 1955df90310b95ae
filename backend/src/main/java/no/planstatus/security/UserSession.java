package no.planstatus.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A signed-in browser. The cookie holds a random token; only its SHA-256 hash is stored. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntity {

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public static Optional<UserSession> findValid(String tokenHash, Instant now) {
        return find("select s from UserSession s join fetch s.account a where s.tokenHash = ?1 and s.expiresAt > ?2"
                + " and a.active = true", tokenHash, now).firstResultOptional();
    }

    static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }

    public static long deleteByAccount(long accountId) {
        return delete("account.id", accountId);
    }
}
