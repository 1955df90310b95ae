package no.planstatus.security;

import java.io.IOException;
import java.util.List;

/** Lets other test packages walk the contract's write operations the way the authorization matrix does. */
public final class AuthorizationMatrixTestAccess {

    private AuthorizationMatrixTestAccess() {
    }

    public record WriteOperation(String method, String path, boolean hasBody) {
    }

    public static List<WriteOperation> writeOperations() throws IOException {
        return AuthorizationMatrixTest.writeOperations().stream()
                .map(op -> new WriteOperation(op.method(), op.path(), op.hasBody()))
                .toList();
    }
}
