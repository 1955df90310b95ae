package no.planstatus.period;

/** What a reporting period covers: a tertial (four months), a year (the annual report), or something else. */
public enum PeriodKind {
    TERTIAL,
    ANNUAL,
    OTHER
}
