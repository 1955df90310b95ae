package no.planstatus.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every answer tells the server's clock in a Date header (RFC 9110, section 6.6.1), so a client syncing with
 * {@code changedSince} can take its next starting point from the server rather than from its own clock. Set as
 * the headers are written, so it names the time of the answer.
 */
@ApplicationScoped
public class DateHeader {

    /** IMF-fixdate: always two-digit days, unlike {@link DateTimeFormatter#RFC_1123_DATE_TIME}. */
    static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);

    private static final String DATE = "Date";

    void register(@Observes Filters filters) {
        filters.register(this::addDate, 300);
    }

    private void addDate(RoutingContext context) {
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> {
            if (!response.headers().contains(DATE)) {
                response.putHeader(DATE, IMF_FIXDATE.format(ZonedDateTime.now(Clock.systemUTC())));
            }
        });
        context.next();
    }
}
