package no.planstatus.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A URL an admin registered to be told about new and corrected reports. The secret signs every delivery. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntity {

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String secret;

    public String description;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Webhook> listNewestFirst() {
        return list("order by createdAt desc, id desc");
    }
}
