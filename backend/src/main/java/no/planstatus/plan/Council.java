package no.planstatus.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;

/** The regional council (regionråd) whose plans Planstatus keeps. */
@Entity
@Table(name = "council")
public class Council extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String name;

    public String vision;

    public static Optional<Council> findByName(String name) {
        return find("name", name).firstResultOptional();
    }
}
