package no.planstatus.report;

/** The reporter's judgement: på sporet, risiko, ikke på sporet. */
public enum Assessment {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
