package no.planstatus.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The product's own settings (prefix {@code planstatus}); see application.properties and README. */
@ConfigMapping(prefix = "planstatus")
public interface PlanstatusConfig {

    /** Folder of the embedded H2 database; read by the datasource URL. */
    String dataDir();

    /**
     * The address people use to reach Planstatus (PLANSTATUS_PUBLIC_URL); every absolute link in embeds and the Atom
     * feed starts with it. Checked when the application starts; see {@link PublicUrl}.
     */
    @WithConverter(PublicUrl.ConfigConverter.class)
    PublicUrl publicUrl();

    Seed seed();

    Admin admin();

    Webhooks webhooks();

    ResponseCache responseCache();

    DataRevision dataRevision();

    Security security();

    Mail mail();

    Reminders reminders();

    /** Reminder e-mails to those who still owe reports in an open round (reminder/ReminderService). */
    interface Reminders {

        /** Days before a round's deadline on which reminders go out (PLANSTATUS_REMINDERS_DAYS_BEFORE); 0 is the day itself. */
        @WithDefault("7,1")
        java.util.List<Integer> daysBefore();

        /** Days after a round's deadline on which reminders go out (PLANSTATUS_REMINDERS_DAYS_AFTER). */
        @WithDefault("1,7")
        java.util.List<Integer> daysAfter();

        /** The time of day the day's reminders go out (PLANSTATUS_REMINDERS_AT), in {@link #zone()}. */
        @WithDefault("08:00")
        java.time.LocalTime at();

        /** The time zone of {@link #at()} and of the days counted to a deadline (PLANSTATUS_REMINDERS_ZONE). */
        @WithDefault("Europe/Oslo")
        java.time.ZoneId zone();

        /**
         * How often each instance looks whether the time of day has come (reminder/ReminderSchedule), e.g.
         * {@code 5m}; {@code off} stops the schedule (tests run the day's reminders themselves).
         */
        @WithDefault("5m")
        String checkEvery();
    }

    /** E-mail (mail/MailSender); the SMTP connection itself is quarkus.mailer's, set from the same environment. */
    interface Mail {
        /** PLANSTATUS_SMTP_HOST; unset or empty, nothing is sent. */
        Optional<String> smtpHost();
    }

    /** Sign-in housekeeping (security/SignInHousekeeping) and password hashing (security/PasswordHashing). */
    interface Security {

        /**
         * bcrypt's cost (log2 of its rounds) for new password hashes, 4–31. A stored hash keeps the cost it was made
         * with. The test runs lower it (PLANSTATUS_BCRYPT_COST in the pom): they sign in hundreds of times.
         */
        @WithDefault("10")
        int bcryptCost();

        /** How often expired sessions and stale sign-in counters are deleted, e.g. {@code 10m}. */
        @WithDefault("10m")
        String purgeEvery();
    }

    /** How the public data revision is read from the shared row (see no.planstatus.common.DataRevision). */
    interface DataRevision {

        /**
         * How long one read of the revision is reused (PLANSTATUS_DATA_REVISION_MAX_AGE, e.g. {@code 200ms}, at most
         * 1s; 0 reads it on every request): the longest another instance's write stays unseen, plus one read.
         */
        @WithDefault("200ms")
        java.time.Duration maxAge();
    }

    /**
     * Answers of public GETs kept in memory until the revision moves on, by a write on this instance or on another
     * one on the same database (see PublicResponseCache).
     */
    interface ResponseCache {

        @WithDefault("true")
        boolean enabled();

        /**
         * How much memory the kept answers may take (PLANSTATUS_RESPONSE_CACHE_MAX_BYTES, e.g. {@code 64M}); when
         * unset, 5 % of the maximum heap, at most 32 MiB. See ResponseCacheStore.
         */
        Optional<MemorySize> maxBytes();
    }

    /** Delivery of webhooks (see webhook/WebhookSender). */
    interface Webhooks {

        /**
         * The delays after which a failed attempt is tried again, one retry per delay
         * (PLANSTATUS_WEBHOOKS_RETRY_SCHEDULE); after the last, the delivery has failed for good («mislyktes»).
         */
        @WithDefault("1m,5m,30m,2h,12h")
        java.util.List<java.time.Duration> retrySchedule();

        /** How often every instance looks for due attempts, whoever scheduled them (PLANSTATUS_WEBHOOKS_SWEEP_EVERY). */
        @WithDefault("15s")
        String sweepEvery();

        /**
         * How long an instance's claim on an attempt holds (PLANSTATUS_WEBHOOKS_CLAIM_LEASE): when it dies while
         * sending, another instance sends the attempt again after this. Well above the longest attempt (5 s per
         * address tried).
         */
        @WithDefault("1m")
        java.time.Duration claimLease();

        /** At most this many deliveries in flight per instance, to different webhooks (PLANSTATUS_WEBHOOKS_MAX_CONCURRENT). */
        @WithDefault("8")
        int maxConcurrent();

        /**
         * Whether a webhook may point at this machine (localhost, 127.0.0.0/8, ::1). Off in production: a URL there
         * would let an admin's webhook reach services meant only for Planstatus itself. Link-local, metadata,
         * multicast and reserved addresses are refused either way.
         */
        @WithDefault("false")
        boolean allowLoopback();

        /**
         * Whether a webhook may point into private networks (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7). On
         * by default: a municipality's receiver usually lives on its intranet. Turn it off where Planstatus runs
         * beside internal services no admin should reach.
         */
        @WithDefault("true")
        boolean allowPrivateNetworks();
    }

    /** The first admin account, created when the database has no account. */
    interface Admin {

        @WithDefault("admin")
        String username();

        /** From PLANSTATUS_ADMIN_PASSWORD; when unset a random password is generated and logged once. */
        Optional<String> password();
    }

    interface Seed {

        /** Whether the default plan is loaded into a database that does not hold it yet. */
        boolean enabled();

        /** Classpath resource of the default plan file. */
        String resource();
    }
}
