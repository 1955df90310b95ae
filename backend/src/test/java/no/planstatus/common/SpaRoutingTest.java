package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paths the web app answers on reload; the browser tests check the served page itself. */
class SpaRoutingTest {

    /** What {@link Operations#roots()} finds in this application (OperationsTest checks it). */
    private static final Set<String> SERVED = Set.of("api", "embed");

    @ParameterizedTest
    @ValueSource(strings = {"/tiltak/12", "/mal/3", "/ansvarlige", "/ansvarlige/2", "/apiary"})
    void shouldServeTheWebAppForClientRoutes(String path) {
        assertTrue(SpaRouting.isClientRoute(path, SERVED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api", "/api/v1/measures", "/q/health", "/q", "/assets/missing.js",
            "/favicon.ico", "/embed/plan"})
    void shouldLeaveApiManagementAndAssetPathsAlone(String path) {
        assertFalse(SpaRouting.isClientRoute(path, SERVED));
    }
}
