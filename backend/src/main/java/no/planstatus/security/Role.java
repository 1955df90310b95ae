package no.planstatus.security;

import java.util.Set;

/**
 * What a signed-in account or an API token may do. An admin may do all an editor may; a reporter writes reports on
 * the measures where their party is lead or partner.
 */
public enum Role {
    ADMIN,
    EDITOR,
    REPORTER;

    public static final String ADMIN_NAME = "admin";
    public static final String EDITOR_NAME = "editor";
    public static final String REPORTER_NAME = "reporter";

    /** The security roles this role grants, as used in {@code @RolesAllowed}. */
    public Set<String> grants() {
        return switch (this) {
            case ADMIN -> Set.of(ADMIN_NAME, EDITOR_NAME);
            case EDITOR -> Set.of(EDITOR_NAME);
            case REPORTER -> Set.of(REPORTER_NAME);
        };
    }
}
