package no.planstatus.party;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import no.planstatus.common.PageRequest;
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

    /** Where reminders and report links are sent; optional. */
    public String email;

    public static Optional<Party> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** A page of parties by name, one row more than the page when there is a next page. */
    public static List<Party> pageByName(PageRequest page) {
        if (page.isFirst()) {
            return find("order by name, id").range(0, page.limit()).list();
        }
        return find("name > ?1 or (name = ?1 and id > ?2) order by name, id", page.afterText(1), page.afterLong(0))
                .range(0, page.limit()).list();
    }
}
