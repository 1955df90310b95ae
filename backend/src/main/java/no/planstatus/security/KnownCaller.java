package no.planstatus.security;

/** Who a valid credential belongs to: the principal name of the identity and the actor behind it. */
public record KnownCaller(String principalName, Actor actor) {
}
