package no.planstatus.transfer;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import no.planstatus.common.PlanstatusConfig;
import org.jboss.logging.Logger;

/**
 * Loads the adopted plan shipped with the product into a database that does not hold it yet. Idempotent: a restart
 * finds the plan by its code and loads nothing.
 */
@ApplicationScoped
public class DefaultContent {

    private static final Logger LOG = Logger.getLogger(DefaultContent.class);

    private final PlanImporter importer;
    private final PlanDocumentJson json;
    private final boolean enabled;
    private final String resource;

    public DefaultContent(PlanImporter importer, PlanDocumentJson json, PlanstatusConfig config) {
        this.importer = importer;
        this.json = json;
        this.enabled = config.seed().enabled();
        this.resource = config.seed().resource();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        PlanDocument document = read();
        if (importer.isLoaded(document)) {
            LOG.debugf("Default content %s is loaded already", resource);
            return;
        }
        importer.importNew(document);
        LOG.infof("Loaded the default content from %s", resource);
    }

    public PlanDocument read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Default content not found on the classpath: " + resource);
            }
            return json.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Default content " + resource + " could not be read", e);
        }
    }
}
