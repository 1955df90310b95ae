package no.planstatus.security;

/**
 * Who acts: a signed-in account, an API token or the holder of a personal report link (no account; {@code id} is
 * the link's), as recorded in the audit trail.
 */
public record Actor(Type type, Long id, String name, Role role, Long partyId) {

    public enum Type {
        ACCOUNT,
        TOKEN,
        INVITATION,
        SYSTEM
    }

    public static final Actor SYSTEM = new Actor(Type.SYSTEM, null, "Planstatus", Role.ADMIN, null);

    static final String ATTRIBUTE = "planstatus.actor";
}
