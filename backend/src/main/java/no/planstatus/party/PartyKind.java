package no.planstatus.party;

/** What kind of body a responsible party is. */
public enum PartyKind {
    INTERNAL_BODY,
    MEMBER_MUNICIPALITY,
    EXTERNAL_ORGANISATION
}
