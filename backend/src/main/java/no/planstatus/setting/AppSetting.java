package no.planstatus.setting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A setting an admin changes at run time, stored by name (for example whether reporters' reports need approval). */
@Entity
@Table(name = "app_setting")
public class AppSetting extends PanacheEntityBase {

    @Id
    public String name;

    @Column(name = "setting_value", nullable = false)
    public String value;
}
