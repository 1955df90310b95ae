package no.planstatus.change;

import java.util.Optional;

/**
 * Every kind of change Planstatus makes to what it stores. Each knows the resource it changes (named as the audit
 * trail has always named it, so stored rows and the audit API stay as they were), what it does to it, whether the
 * public sees the result (then it moves the public data revision, and every public ETag with it), and the webhook
 * event it sends, if any. docs/change-pipeline.md lists them with their observers.
 */
public enum ChangeKind {

    COUNCIL_CREATED(Resource.COUNCIL, Action.CREATE, Visibility.PUBLIC, null),
    COUNCIL_UPDATED(Resource.COUNCIL, Action.UPDATE, Visibility.PUBLIC, null),
    STRATEGIC_PLAN_CREATED(Resource.STRATEGIC_PLAN, Action.CREATE, Visibility.PUBLIC, null),
    STRATEGIC_PLAN_UPDATED(Resource.STRATEGIC_PLAN, Action.UPDATE, Visibility.PUBLIC, null),
    PLAN_SECTION_CREATED(Resource.PLAN_SECTION, Action.CREATE, Visibility.PUBLIC, null),
    PLAN_SECTION_UPDATED(Resource.PLAN_SECTION, Action.UPDATE, Visibility.PUBLIC, null),
    GOAL_CREATED(Resource.GOAL, Action.CREATE, Visibility.PUBLIC, null),
    GOAL_UPDATED(Resource.GOAL, Action.UPDATE, Visibility.PUBLIC, null),
    GOAL_DELETED(Resource.GOAL, Action.DELETE, Visibility.PUBLIC, null),
    ACTION_PLAN_CREATED(Resource.ACTION_PLAN, Action.CREATE, Visibility.PUBLIC, null),
    ACTION_PLAN_UPDATED(Resource.ACTION_PLAN, Action.UPDATE, Visibility.PUBLIC, null),
    ACTION_PLAN_DELETED(Resource.ACTION_PLAN, Action.DELETE, Visibility.PUBLIC, null),
    PARTY_CREATED(Resource.PARTY, Action.CREATE, Visibility.PUBLIC, null),
    PARTY_UPDATED(Resource.PARTY, Action.UPDATE, Visibility.PUBLIC, null),
    PARTY_DELETED(Resource.PARTY, Action.DELETE, Visibility.PUBLIC, null),
    MEASURE_CREATED(Resource.MEASURE, Action.CREATE, Visibility.PUBLIC, null),
    MEASURE_UPDATED(Resource.MEASURE, Action.UPDATE, Visibility.PUBLIC, null),
    MEASURE_DELETED(Resource.MEASURE, Action.DELETE, Visibility.PUBLIC, null),
    RESPONSIBILITY_CREATED(Resource.RESPONSIBILITY, Action.CREATE, Visibility.PUBLIC, null),
    RESPONSIBILITY_UPDATED(Resource.RESPONSIBILITY, Action.UPDATE, Visibility.PUBLIC, null),
    RESPONSIBILITY_DELETED(Resource.RESPONSIBILITY, Action.DELETE, Visibility.PUBLIC, null),
    PERIOD_CREATED(Resource.PERIOD, Action.CREATE, Visibility.PUBLIC, null),
    PERIOD_UPDATED(Resource.PERIOD, Action.UPDATE, Visibility.PUBLIC, null),
    REPORT_CREATED(Resource.REPORT, Action.CREATE, Visibility.PUBLIC, "report.created"),
    REPORT_CORRECTED(Resource.REPORT, Action.UPDATE, Visibility.PUBLIC, "report.corrected"),
    /** An editor approved a submitted report: from now on it is public (docs/change-pipeline.md, «Review»). */
    REPORT_APPROVED(Resource.REPORT, Action.UPDATE, Visibility.PUBLIC, "report.approved"),
    REPORT_DRAFT_SAVED(Resource.REPORT_REVIEW, Action.CREATE, Visibility.INTERNAL, null),
    REPORT_DRAFT_UPDATED(Resource.REPORT_REVIEW, Action.UPDATE, Visibility.INTERNAL, null),
    REPORT_SUBMITTED(Resource.REPORT_REVIEW, Action.CREATE, Visibility.INTERNAL, null),
    REPORT_RESUBMITTED(Resource.REPORT_REVIEW, Action.UPDATE, Visibility.INTERNAL, null),
    REPORT_RETURNED(Resource.REPORT_REVIEW, Action.UPDATE, Visibility.INTERNAL, null),
    ACCOUNT_CREATED(Resource.ACCOUNT, Action.CREATE, Visibility.INTERNAL, null),
    ACCOUNT_UPDATED(Resource.ACCOUNT, Action.UPDATE, Visibility.INTERNAL, null),
    TOKEN_ISSUED(Resource.TOKEN, Action.CREATE, Visibility.INTERNAL, null),
    TOKEN_REVOKED(Resource.TOKEN, Action.UPDATE, Visibility.INTERNAL, null),
    WEBHOOK_REGISTERED(Resource.WEBHOOK, Action.CREATE, Visibility.INTERNAL, null),
    WEBHOOK_DELETED(Resource.WEBHOOK, Action.DELETE, Visibility.INTERNAL, null),
    SETTING_UPDATED(Resource.SETTING, Action.UPDATE, Visibility.INTERNAL, null),
    /** Reminder e-mails sent for a round (the resource id is the round's); the send log has each mail. */
    REMINDERS_SENT(Resource.REMINDERS, Action.CREATE, Visibility.INTERNAL, null),
    ROUND_OPENED(Resource.ROUND, Action.CREATE, Visibility.INTERNAL, null),
    ROUND_UPDATED(Resource.ROUND, Action.UPDATE, Visibility.INTERNAL, null),
    ROUND_CLOSED(Resource.ROUND, Action.UPDATE, Visibility.INTERNAL, null),
    INVITATION_SENT(Resource.INVITATION, Action.CREATE, Visibility.INTERNAL, null),
    INVITATION_REVOKED(Resource.INVITATION, Action.UPDATE, Visibility.INTERNAL, null),
    /** An editor published a round's period as a status report (its first version). */
    STATUS_REPORT_PUBLISHED(Resource.STATUS_REPORT, Action.CREATE, Visibility.PUBLIC, null),
    /** An editor corrected a published status report: the new version; the old one now names it as its successor. */
    STATUS_REPORT_CORRECTED(Resource.STATUS_REPORT, Action.CREATE, Visibility.PUBLIC, null);

    /** What a change does to its resource. */
    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    private enum Visibility {
        PUBLIC,
        /** Shown by no public answer: accounts, tokens, webhooks, settings, rounds, reminders, unapproved reports. */
        INTERNAL
    }

    /** The resource types, as the audit trail names them. */
    public static final class Resource {

        public static final String COUNCIL = "council";
        public static final String STRATEGIC_PLAN = "strategic-plan";
        public static final String PLAN_SECTION = "plan-section";
        public static final String GOAL = "goal";
        public static final String ACTION_PLAN = "action-plan";
        public static final String PARTY = "party";
        public static final String MEASURE = "measure";
        public static final String RESPONSIBILITY = "responsibility";
        public static final String PERIOD = "reporting-period";
        public static final String REPORT = "report";
        /**
         * A report's steps before it is public (draft, submitted, corrected while waiting, sent back): kept apart
         * from {@link #REPORT}, so that the public measure history and the feed, which read the audit trail by
         * type, never show a report that is not approved.
         */
        public static final String REPORT_REVIEW = "report-review";
        public static final String ACCOUNT = "account";
        public static final String TOKEN = "api-token";
        public static final String WEBHOOK = "webhook";
        public static final String SETTING = "setting";
        public static final String REMINDERS = "reminders";
        public static final String ROUND = "reporting-round";
        public static final String INVITATION = "report-invitation";
        public static final String STATUS_REPORT = "status-report";

        private Resource() {
        }
    }

    private final String resourceType;
    private final Action action;
    private final Visibility visibility;
    private final String webhookEvent;

    ChangeKind(String resourceType, Action action, Visibility visibility, String webhookEvent) {
        this.resourceType = resourceType;
        this.action = action;
        this.visibility = visibility;
        this.webhookEvent = webhookEvent;
    }

    /** The resource's type as the audit trail names it ({@code entity_type}), e.g. "measure" or "api-token". */
    public String resourceType() {
        return resourceType;
    }

    public Action action() {
        return action;
    }

    /** Whether a public answer can show the change: then it moves the public data revision. */
    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    /** The event webhooks receive for a change of this kind, e.g. "report.created"; empty when they get none. */
    public Optional<String> webhookEvent() {
        return Optional.ofNullable(webhookEvent);
    }
}
