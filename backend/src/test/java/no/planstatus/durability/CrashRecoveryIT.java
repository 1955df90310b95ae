package no.planstatus.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write answered 2xx survives a crash of the process. The packaged jar runs as a real process; several clients
 * write at once (new parties, new progress reports, measure updates with If-Match) until the process is killed
 * with SIGKILL in the middle of it; the jar then starts again on the same data, and every acknowledged write must
 * be there, no measure behind the version its last acknowledged update gave it. Three kills, on the database the
 * jar was built for (H2 by default, PostgreSQL with {@code -Dquarkus.profile=pg}).
 */
class CrashRecoveryIT {

    private static final int KILLS = 3;
    private static final int WRITERS = 4;
    private static final Duration BURST = Duration.ofSeconds(2);
    /** Within the default plan's action plan (2021–2022), which the measures written to belong to. */
    private static final String REPORT_DATE = "2022-06-30";

    @TempDir
    Path folder;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<Long, String> acknowledgedParties = new ConcurrentHashMap<>();
    private final Map<Long, AcknowledgedReport> acknowledgedReports = new ConcurrentHashMap<>();
    private PackagedApp app;

    private record AcknowledgedReport(long measureId, String text) {
    }

    /** What one burst of writes got answered, and what the restart after its kill found missing. */
    private record KillFigures(int kill, long millis, int parties, int reports, int measureUpdates,
            Map<Integer, Integer> statuses, List<String> lost) {

        int acknowledged() {
            return parties + reports + measureUpdates;
        }

        @Override
        public String toString() {
            return String.format("kill %d: %d writes acknowledged in %d ms (%.0f/s: %d parties, %d reports, %d "
                    + "measure updates; answers %s); lost after the restart: %d%s", kill, acknowledged(), millis,
                    acknowledged() * 1000.0 / millis, parties, reports, measureUpdates, statuses, lost.size(),
                    lost.isEmpty() ? "" : " " + lost.subList(0, Math.min(8, lost.size())));
        }
    }

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    // Four starts of the packaged jar and three bursts: about 30-60 s on an idle 2-core machine, far more under load.
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void shouldKeepEveryAcknowledgedWriteThroughThreeKills() throws Exception {
        Path jar = Path.of(System.getProperty("planstatus.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(jar), "No packaged app at " + jar + ": run mvn package first");
        String profile = System.getProperty("planstatus.jar.profile", "prod");
        String adminPassword = "crash-test-" + UUID.randomUUID();
        Path log = folder.resolve("app.log");

        try (FreshDatabase database = FreshDatabase.forProfile(profile, folder)) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("PLANSTATUS_ADMIN_PASSWORD", adminPassword);
            app = PackagedApp.start(jar, environment, log);
            Map<String, String> editor = Map.of("Authorization", "Bearer " + issueEditorToken(adminPassword));
            List<MeasureWriter> writers = new ArrayList<>();
            for (JsonNode measure : require(app.get("/api/v1/measures?limit=" + WRITERS), 200).body().get("items")) {
                writers.add(new MeasureWriter(writers.size(), measure));
            }
            assertEquals(WRITERS, writers.size(), "the default plan has a measure for every writer");

            List<KillFigures> figures = new ArrayList<>();
            Set<String> lostBefore = new LinkedHashSet<>();
            for (int kill = 1; kill <= KILLS; kill++) {
                Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
                int parties = acknowledgedParties.size();
                int reports = acknowledgedReports.size();
                int updates = writers.stream().mapToInt(w -> w.acknowledgedUpdates).sum();
                long millis = writeUntilKilled(writers, editor, statuses);

                app = PackagedApp.start(jar, environment, log);
                Set<String> lostNow = missing(writers);
                List<String> newlyLost = lostNow.stream().filter(l -> !lostBefore.contains(l)).toList();
                lostBefore.addAll(lostNow);
                KillFigures burst = new KillFigures(kill, millis, acknowledgedParties.size() - parties,
                        acknowledgedReports.size() - reports,
                        writers.stream().mapToInt(w -> w.acknowledgedUpdates).sum() - updates,
                        new TreeMap<>(statuses), newlyLost);
                figures.add(burst);
                System.out.println("[crash test, " + database + "] " + burst);
            }

            int acknowledged = figures.stream().mapToInt(KillFigures::acknowledged).sum();
            int lost = figures.stream().mapToInt(f -> f.lost.size()).sum();
            assertEquals(0, lost, lost + " of " + acknowledged + " acknowledged writes were lost or rolled back by a "
                    + "kill -9 (" + database + "):\n" + figures.stream().map(KillFigures::toString)
                            .collect(Collectors.joining("\n")));
        }
    }

    /** Signs in as the first admin and issues an editor token, which later runs use as they are. */
    private String issueEditorToken(String adminPassword) throws IOException {
        PackagedApp.Answer login = require(app.post("/api/v1/auth/login",
                Map.of("username", "admin", "password", adminPassword), Map.of()), 200);
        String cookie = login.cookies().stream().filter(c -> c.startsWith("planstatus_session="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        PackagedApp.Answer token = require(app.post("/api/v1/tokens", Map.of("name", "krasjtest", "role", "EDITOR"),
                Map.of("Cookie", cookie, "X-CSRF-Token", login.body().get("csrfToken").asText())), 201);
        return token.body().get("secret").asText();
    }

    /**
     * Lets every writer write for the length of a burst, and on until each has had every kind of write
     * acknowledged (a cold JVM on a busy machine answers slowly), then kills the app while they still write.
     */
    private long writeUntilKilled(List<MeasureWriter> writers, Map<String, String> editor,
            Map<Integer, Integer> statuses) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch everyKindAcknowledged = new CountDownLatch(writers.size());
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            PackagedApp target = app;
            for (MeasureWriter writer : writers) {
                running.add(pool.submit(() -> writer.writeUntil(killed, target, editor, statuses,
                        everyKindAcknowledged)));
            }
            // The burst is a length of time, not a condition: the writers never finish on their own.
            Thread.sleep(BURST.toMillis());
            assertTrue(everyKindAcknowledged.await(30, TimeUnit.SECONDS),
                    "not every writer got each kind of write acknowledged within 30 s:\n" + app.logTail());
            app.kill();
            long millis = (System.nanoTime() - start) / 1_000_000;
            killed.set(true);
            for (Future<?> writer : running) {
                writer.get(30, TimeUnit.SECONDS);
            }
            return millis;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every acknowledged write the restarted app does not have, and every measure behind its acknowledged state. */
    private Set<String> missing(List<MeasureWriter> writers) throws IOException {
        Set<String> missing = new LinkedHashSet<>();
        Map<Long, JsonNode> parties = listAll("/api/v1/parties");
        acknowledgedParties.forEach((id, slug) -> {
            if (!parties.containsKey(id) || !slug.equals(parties.get(id).get("slug").asText())) {
                missing.add("party " + id + " (" + slug + ")");
            }
        });
        for (MeasureWriter writer : writers) {
            Map<Long, JsonNode> reports = listAll("/api/v1/measures/" + writer.measureId + "/reports");
            acknowledgedReports.forEach((id, report) -> {
                if (report.measureId == writer.measureId && (!reports.containsKey(id)
                        || !report.text.equals(reports.get(id).get("text").asText()))) {
                    missing.add("report " + id + " on measure " + writer.measureId);
                }
            });
            JsonNode stored = require(app.get("/api/v1/measures/" + writer.measureId), 200).body();
            long version = stored.get("version").asLong();
            if (version < writer.acknowledgedVersion
                    || version == writer.acknowledgedVersion && !writer.acknowledgedText.equals(stored.get("text").asText())) {
                missing.add("measure " + writer.measureId + " at version " + version + ", acknowledged at "
                        + writer.acknowledgedVersion);
            }
        }
        return missing;
    }

    private Map<Long, JsonNode> listAll(String path) throws IOException {
        Map<Long, JsonNode> items = new HashMap<>();
        String cursor = null;
        do {
            String page = path + "?limit=500"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode body = require(app.get(page), 200).body();
            body.get("items").forEach(item -> items.put(item.get("id").asLong(), item));
            cursor = body.path("nextCursor").isTextual() ? body.get("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    private PackagedApp.Answer require(PackagedApp.Answer answer, int status) {
        assertEquals(status, answer.status(), () -> "unexpected answer " + answer.body() + "\n" + app.logTail());
        return answer;
    }

    /**
     * One client: creates parties, writes reports on its own measure and updates that measure with If-Match, in
     * turn, and remembers what was acknowledged. A request cut off by the kill is not acknowledged.
     */
    private final class MeasureWriter {

        final long measureId;
        final long goalId;
        final String responsibilityText;
        final int position;
        final int index;
        final AtomicInteger written = new AtomicInteger();
        long acknowledgedVersion;
        String acknowledgedText;
        int acknowledgedUpdates;
        private String etag;

        MeasureWriter(int index, JsonNode measure) {
            this.index = index;
            this.measureId = measure.get("id").asLong();
            this.goalId = measure.get("goal").get("id").asLong();
            this.responsibilityText = measure.get("responsibilityText").asText();
            this.position = measure.get("position").asInt();
            this.acknowledgedVersion = measure.get("version").asLong();
            this.acknowledgedText = measure.get("text").asText();
        }

        void writeUntil(AtomicBoolean killed, PackagedApp target, Map<String, String> editor,
                Map<Integer, Integer> statuses, CountDownLatch everyKindAcknowledged) {
            etag = null;
            Set<Integer> kindsAcknowledged = new HashSet<>();
            while (!killed.get()) {
                int n = written.incrementAndGet();
                String name = run + "-" + index + "-" + n;
                try {
                    boolean acknowledged = switch (n % 3) {
                        case 0 -> createParty(target, editor, statuses, name);
                        case 1 -> createReport(target, editor, statuses, name);
                        default -> updateMeasure(target, editor, statuses, name);
                    };
                    if (acknowledged && kindsAcknowledged.add(n % 3) && kindsAcknowledged.size() == 3) {
                        everyKindAcknowledged.countDown();
                    }
                } catch (IOException cutOff) {
                    // no complete answer: not acknowledged, whatever the server did with it
                }
            }
        }

        private boolean createParty(PackagedApp target, Map<String, String> editor, Map<Integer, Integer> statuses,
                String name) throws IOException {
            String slug = "krasj-" + name;
            PackagedApp.Answer answer = count(statuses, target.post("/api/v1/parties",
                    Map.of("slug", slug, "name", "Krasjtest " + name, "kind", "INTERNAL_BODY"), editor));
            if (answer.ok()) {
                acknowledgedParties.put(answer.body().get("id").asLong(), slug);
            }
            return answer.ok();
        }

        private boolean createReport(PackagedApp target, Map<String, String> editor, Map<Integer, Integer> statuses,
                String name) throws IOException {
            String text = "Rapport fra krasjtesten " + name;
            PackagedApp.Answer answer = count(statuses, target.post("/api/v1/measures/" + measureId + "/reports",
                    Map.of("periodId", target.periodOn(measureId, REPORT_DATE), "reportDate", REPORT_DATE, "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                            "percentComplete", 50, "text", text), editor));
            if (answer.ok()) {
                acknowledgedReports.put(answer.body().get("id").asLong(), new AcknowledgedReport(measureId, text));
            }
            return answer.ok();
        }

        private boolean updateMeasure(PackagedApp target, Map<String, String> editor, Map<Integer, Integer> statuses,
                String name) throws IOException {
            if (etag == null) {
                PackagedApp.Answer current = target.get("/api/v1/measures/" + measureId);
                if (!current.ok()) {
                    return false;
                }
                etag = current.etag();
            }
            String text = "Tiltak endret av krasjtesten " + name;
            Map<String, String> headers = new HashMap<>(editor);
            headers.put("If-Match", etag);
            PackagedApp.Answer answer = count(statuses, target.put("/api/v1/measures/" + measureId,
                    Map.of("goalId", goalId, "text", text, "responsibilityText", responsibilityText,
                            "position", position), headers));
            if (answer.ok()) {
                acknowledgedVersion = answer.body().get("version").asLong();
                acknowledgedText = text;
                acknowledgedUpdates++;
                etag = answer.etag();
            } else {
                etag = null;
            }
            return answer.ok();
        }

        private PackagedApp.Answer count(Map<Integer, Integer> statuses, PackagedApp.Answer answer) {
            statuses.merge(answer.status(), 1, Integer::sum);
            return answer;
        }
    }
}
