package no.planstatus.durability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An empty database for one run of the packaged app, chosen by the profile the jar was built with: a new H2
 * folder (the default build), or a new PostgreSQL database {@code <database>_crash_<random>} on the server
 * PLANSTATUS_DB_URL names, dropped again on {@link #close()} (a jar built with {@code -Dquarkus.profile=pg}).
 */
final class FreshDatabase implements AutoCloseable {

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(.*)");

    private final String description;
    private final Map<String, String> environment;
    private final Runnable drop;

    private FreshDatabase(String description, Map<String, String> environment, Runnable drop) {
        this.description = description;
        this.environment = environment;
        this.drop = drop;
    }

    static FreshDatabase forProfile(String profile, Path folder) throws SQLException {
        if (!"pg".equals(profile)) {
            Path dataDir = folder.resolve("data").toAbsolutePath();
            return new FreshDatabase("H2 file database in " + dataDir,
                    Map.of("QUARKUS_PROFILE", profile, "PLANSTATUS_DATA_DIR", dataDir.toString()), () -> { });
        }
        String serverUrl = Objects.requireNonNull(System.getenv("PLANSTATUS_DB_URL"),
                "A jar built for PostgreSQL needs PLANSTATUS_DB_URL (and PLANSTATUS_DB_USER) to find the server");
        Matcher url = POSTGRES_URL.matcher(serverUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("PLANSTATUS_DB_URL is not a jdbc:postgresql:// URL: " + serverUrl);
        }
        String user = Objects.requireNonNullElse(System.getenv("PLANSTATUS_DB_USER"), "postgres");
        String password = Objects.requireNonNullElse(System.getenv("PLANSTATUS_DB_PASSWORD"), "");
        // Named after the database PLANSTATUS_DB_URL names, so that it keeps the caller's naming.
        String name = url.group(2) + "_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String maintenanceUrl = url.group(1) + "postgres" + url.group(3);
        execute(maintenanceUrl, user, password, "CREATE DATABASE " + name);
        return new FreshDatabase("PostgreSQL database " + name,
                Map.of("QUARKUS_PROFILE", profile, "PLANSTATUS_DB_URL", url.group(1) + name + url.group(3),
                        "PLANSTATUS_DB_USER", user, "PLANSTATUS_DB_PASSWORD", password),
                () -> {
                    try {
                        execute(maintenanceUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not drop " + name, e);
                    }
                });
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** What the app needs in its environment to use this database. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        drop.run();
    }
}
