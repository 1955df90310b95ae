package no.planstatus.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Wrong, revoked or expired link secrets tried from one client address. See {@link InvitationThrottle}. */
@Entity
@Table(name = "invitation_guess_counter")
public class InvitationGuessCounter extends PanacheEntityBase {

    @Id
    public String address;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure_at", nullable = false)
    public Instant lastFailureAt;

    /** Counts a failure; a counter whose last failure is older than {@code resetBefore} starts again at one. */
    static int countFailure(String address, Instant now, Instant resetBefore) {
        return update("failures = case when lastFailureAt < ?1 then 1 else failures + 1 end, lastFailureAt = ?2"
                + " where address = ?3", resetBefore, now, address);
    }
}
