package no.planstatus.responsibility;

/** A party either leads a measure or takes part in it as a partner. */
public enum ResponsibilityRole {
    LEAD,
    PARTNER
}
