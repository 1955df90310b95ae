package no.planstatus.statusreport;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * openhtmltopdf's messages through the application's logging (its own logger writes every step to the console at
 * INFO): warnings and errors as such, the rest at DEBUG.
 */
final class PdfLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        LOG.log(of(level), where + ": " + message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The application's logging configuration decides.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isEnabled(of(diagnostic.getLevel()));
    }

    private static Logger.Level of(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        return level.intValue() >= Level.WARNING.intValue() ? Logger.Level.WARN : Logger.Level.DEBUG;
    }
}
