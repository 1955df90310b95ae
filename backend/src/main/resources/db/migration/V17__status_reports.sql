-- Published status reports (issue 11): an immutable snapshot of an action plan's texts, responsibilities and
-- statuses for one reporting period, as JSON. A correction is a new version of the same period's report; the
-- version it corrects points to it (superseded_by_id). Runs unchanged on H2 and PostgreSQL: the snapshot is a
-- VARCHAR of up to 10 million characters (PostgreSQL's VARCHAR allows 10,485,760; H2's 1,000,000,000), like the
-- audit trail's JSON columns, so one plain String mapping fits both databases.
CREATE SEQUENCE status_report_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE status_report (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         DEFAULT 0 NOT NULL,
    action_plan_id    BIGINT         NOT NULL REFERENCES action_plan (id),
    period_id         BIGINT         NOT NULL REFERENCES reporting_period (id),
    round_id          BIGINT         REFERENCES reporting_round (id) ON DELETE SET NULL,
    title             VARCHAR(200)   NOT NULL,
    report_version    INTEGER        NOT NULL,
    published_at      TIMESTAMP      NOT NULL,
    published_by      VARCHAR(200)   NOT NULL,
    superseded_by_id  BIGINT         REFERENCES status_report (id),
    correction_reason VARCHAR(2000),
    previous_id       BIGINT         REFERENCES status_report (id),
    snapshot          VARCHAR(10000000) NOT NULL,
    CONSTRAINT status_report_period_version UNIQUE (period_id, report_version)
);
CREATE INDEX status_report_plan_idx ON status_report (action_plan_id, published_at);
