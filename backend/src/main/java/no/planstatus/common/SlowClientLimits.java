package no.planstatus.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long a client may take to send a request ({@code planstatus.http}); enforced by {@link SlowClientGuard}.
 * A connection that sends nothing at all is closed by {@code quarkus.http.idle-timeout}.
 */
@ConfigMapping(prefix = "planstatus.http")
public interface SlowClientLimits {

    /** From the connection's start, or the first byte of a later request on it, to the end of the headers. */
    @WithDefault("10s")
    Duration headerTimeout();

    /** The time a body may take from the end of the headers, before {@link #bodyMinRate()} extends it. */
    @WithDefault("20s")
    Duration bodyTimeout();

    /**
     * Each this many bytes received extend the body's time by a second, so a body that keeps coming at this rate
     * is never cut off: at 8 KiB/s a 32 MiB plan file has 20 s + 68 minutes.
     */
    @WithDefault("8K")
    MemorySize bodyMinRate();
}
