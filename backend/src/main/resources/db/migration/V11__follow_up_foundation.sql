-- The tertial follow-up (issue 10): reporting periods, a report's review state, reporting rounds, reminders,
-- personal report links and e-mail addresses. Runs unchanged on H2 and PostgreSQL. The periods of existing action
-- plans and the mapping of free-text report periods are made by the Java migration that follows.
CREATE SEQUENCE reporting_period_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE reporting_round_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE round_assignment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE reminder_log_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE report_invitation_seq START WITH 1 INCREMENT BY 50;

-- A period reports are written for, per action plan: «1. tertial 2021», «Årsrapport 2021», ...
CREATE TABLE reporting_period (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       DEFAULT 0 NOT NULL,
    action_plan_id BIGINT       NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    kind           VARCHAR(20)  NOT NULL,
    label          VARCHAR(100) NOT NULL,
    starts_on      DATE         NOT NULL,
    ends_on        DATE         NOT NULL,
    due_on         DATE,
    locked         BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT reporting_period_label UNIQUE (action_plan_id, label),
    CONSTRAINT reporting_period_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX reporting_period_plan_idx ON reporting_period (action_plan_id, ends_on);

-- A report belongs to one period (period_id); a free-text period that matched none stays in period as its legacy
-- label. Its review state: DRAFT, SUBMITTED, RETURNED or APPROVED. Reports written before review existed are
-- approved.
ALTER TABLE progress_report ADD COLUMN period_id BIGINT REFERENCES reporting_period (id);
ALTER TABLE progress_report ADD COLUMN state VARCHAR(20) DEFAULT 'APPROVED' NOT NULL;
ALTER TABLE progress_report ADD COLUMN author_account_id BIGINT REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE progress_report ADD COLUMN author_email VARCHAR(320);
ALTER TABLE progress_report ADD COLUMN submitted_at TIMESTAMP;
ALTER TABLE progress_report ADD COLUMN reviewed_at TIMESTAMP;
ALTER TABLE progress_report ADD COLUMN reviewed_by VARCHAR(200);
ALTER TABLE progress_report ADD COLUMN review_comment VARCHAR(2000);
CREATE INDEX progress_report_period_idx ON progress_report (period_id, state);
CREATE INDEX progress_report_state_idx ON progress_report (state, submitted_at);

-- A reporting round: an editor asks for reports for one period by a deadline.
CREATE TABLE reporting_round (
    id         BIGINT        NOT NULL PRIMARY KEY,
    version    BIGINT        DEFAULT 0 NOT NULL,
    period_id  BIGINT        NOT NULL REFERENCES reporting_period (id),
    deadline   DATE          NOT NULL,
    message    VARCHAR(4000),
    opened_at  TIMESTAMP     NOT NULL,
    opened_by  VARCHAR(200)  NOT NULL,
    closed_at  TIMESTAMP,
    closed_by  VARCHAR(200)
);
CREATE INDEX reporting_round_period_idx ON reporting_round (period_id);

-- Who must report on which measure in a round: one row per measure and responsible party.
CREATE TABLE round_assignment (
    id         BIGINT  NOT NULL PRIMARY KEY,
    round_id   BIGINT  NOT NULL REFERENCES reporting_round (id) ON DELETE CASCADE,
    measure_id BIGINT  NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    party_id   BIGINT  NOT NULL REFERENCES party (id),
    CONSTRAINT round_assignment_unique UNIQUE (round_id, measure_id, party_id)
);
CREATE INDEX round_assignment_party_idx ON round_assignment (party_id, round_id);

-- Every e-mail sent (or not sent) for a round: reminders and personal links.
CREATE TABLE reminder_log (
    id              BIGINT        NOT NULL PRIMARY KEY,
    round_id        BIGINT        NOT NULL REFERENCES reporting_round (id) ON DELETE CASCADE,
    kind            VARCHAR(20)   NOT NULL,
    recipient_name  VARCHAR(200)  NOT NULL,
    recipient_email VARCHAR(320)  NOT NULL,
    account_id      BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    party_id        BIGINT        REFERENCES party (id) ON DELETE SET NULL,
    measure_count   INTEGER       NOT NULL,
    sent_at         TIMESTAMP     NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    error           VARCHAR(1000)
);
CREATE INDEX reminder_log_round_idx ON reminder_log (round_id, sent_at);

-- A personal link for reporting without an account: one round, one party's measures. Only its hash is stored.
CREATE TABLE report_invitation (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        DEFAULT 0 NOT NULL,
    round_id     BIGINT        NOT NULL REFERENCES reporting_round (id) ON DELETE CASCADE,
    party_id     BIGINT        NOT NULL REFERENCES party (id),
    token_hash   VARCHAR(64)   NOT NULL UNIQUE,
    name         VARCHAR(200)  NOT NULL,
    email        VARCHAR(320)  NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    revoked_at   TIMESTAMP,
    last_used_at TIMESTAMP
);
CREATE INDEX report_invitation_round_idx ON report_invitation (round_id);
ALTER TABLE progress_report ADD COLUMN invitation_id BIGINT REFERENCES report_invitation (id) ON DELETE SET NULL;

-- Settings an admin changes at run time, e.g. whether reporters' reports need approval.
CREATE TABLE app_setting (
    name  VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);

ALTER TABLE account ADD COLUMN email VARCHAR(320);
ALTER TABLE party ADD COLUMN email VARCHAR(320);
