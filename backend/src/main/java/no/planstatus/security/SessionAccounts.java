package no.planstatus.security;

import java.util.Optional;

/**
 * How the mechanism learns whose session it is. The account feature implements it, so the mechanism knows sessions
 * but never the account table or its entity.
 */
public interface SessionAccounts {

    /** The caller for an account that still exists and is active; empty otherwise (the session then counts as none). */
    Optional<KnownCaller> activeAccount(long accountId);
}
