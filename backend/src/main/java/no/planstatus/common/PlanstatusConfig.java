package no.planstatus.common;

import io.smallrye.config.ConfigMapping;

/** The product's own settings (prefix {@code planstatus}); see application.properties and README. */
@ConfigMapping(prefix = "planstatus")
public interface PlanstatusConfig {

    /** Folder of the embedded H2 database; read by the datasource URL. */
    String dataDir();

    Seed seed();

    interface Seed {

        /** Whether the default plan is loaded into a database that does not hold it yet. */
        boolean enabled();

        /** Classpath resource of the default plan file. */
        String resource();
    }
}
