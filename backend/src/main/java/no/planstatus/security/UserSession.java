package no.planstatus.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 hash is stored. The session names its
 * account by id only: whether the account is still active, {@link SessionAccounts} answers.
 */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntity {

    /** How long a session lasts after signing in. */
    public static final Duration LIFETIME = Duration.ofHours(8);

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public static Optional<UserSession> findValid(String tokenHash, Instant now) {
        return find("tokenHash = ?1 and expiresAt > ?2", tokenHash, now).firstResultOptional();
    }

    static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }

    public static long deleteByAccount(long accountId) {
        return delete("accountId", accountId);
    }
}
