package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import no.planstatus.security.StartsSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/** The index the filters before routing use finds the operation JAX-RS would choose, and its facts. */
@QuarkusTest
class OperationsTest {

    @Inject
    Operations operations;

    @Test
    void shouldFindTheOperationForAMethodAndPath() {
        assertEquals("getMeasure", operationId("GET", "/api/v1/measures/12"));
        assertEquals("getMeasure", operationId("HEAD", "/api/v1/measures/12/"), "HEAD is answered by the GET");
        assertEquals("updateMeasure", operationId("PUT", "/api/v1/measures/12"));
        assertEquals("listDeletedMeasures", operationId("GET", "/api/v1/measures/deleted"),
                "a literal segment wins over a template");
        assertFalse(operations.find("GET", "/tiltak/12").isPresent(), "a route of the web app is no operation");
        assertTrue(operations.roots().containsAll(java.util.Set.of("api", "embed")), operations.roots().toString());
    }

    @Test
    void shouldFindTheFactsStatedOnOperations() {
        assertEquals(BodyLimit.SERVER_MAXIMUM, operations.findWith("POST", "/api/v1/import/plan", BodyLimit.class)
                .orElseThrow().getAnnotation(BodyLimit.class).value());
        assertFalse(operations.findWith("POST", "/api/v1/measures", BodyLimit.class).isPresent());
        assertTrue(operations.has("POST", "/api/v1/auth/login", StartsSession.class));
        assertFalse(operations.has("POST", "/api/v1/auth/logout", StartsSession.class));
        assertTrue(operations.has("GET", "/api/v1/auth/me", PrivateRead.class));
        assertTrue(operations.has("GET", "/api/v1/auth/session", PrivateRead.class));
        assertFalse(operations.has("GET", "/api/v1/measures", PrivateRead.class));
    }

    private String operationId(String method, String path) {
        return operations.find(method, path).map(OperationsTest::operationId).orElse(null);
    }

    private static String operationId(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation == null ? method.getName() : operation.operationId();
    }
}
