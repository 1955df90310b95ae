package no.planstatus.party;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A responsible body: an internal body, a member municipality or an external organisation. */
@Entity
@Table(name = "party")
public class Party extends PanacheEntity {

    /** Optimistic-lock version; the resource\'s ETag. */
    @Version
    public long version;

    /** Stable key used by import files and integrations, e.g. "administrasjonen". */
    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyKind kind;

    public static Optional<Party> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Party> listByName() {
        return list("order by name, id");
    }
}
