package no.planstatus.account;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.planstatus.party.Party;
import no.planstatus.security.Role;

/** A person who signs in to the web app. Passwords are stored as bcrypt hashes only. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntity {

    @Version
    public long version;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** For reporters: the party whose measures they report on. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;

    @Column(nullable = false)
    public boolean active;

    /** Where reminders and report links are sent; optional. */
    public String email;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When an admin last set the password; null while it is the one the account was created with. */
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    public static Optional<Account> findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase()).firstResultOptional();
    }

    public static List<Account> listByUsername() {
        return list("order by username");
    }
}
