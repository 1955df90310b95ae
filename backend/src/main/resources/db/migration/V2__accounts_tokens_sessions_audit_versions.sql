-- Sign-in, API tokens, the audit trail, optimistic-lock versions and report links.

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE user_session_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE report_link_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    party_id      BIGINT REFERENCES party (id),
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    token_prefix VARCHAR(20)  NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    party_id     BIGINT REFERENCES party (id),
    created_by   VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at   TIMESTAMP
);

CREATE TABLE user_session (
    id         BIGINT      NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    created_at TIMESTAMP   NOT NULL,
    expires_at TIMESTAMP   NOT NULL
);
CREATE INDEX user_session_account_idx ON user_session (account_id);

CREATE TABLE audit_event (
    id          BIGINT         NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP      NOT NULL,
    actor_type  VARCHAR(20)    NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(200)   NOT NULL,
    action      VARCHAR(20)    NOT NULL,
    entity_type VARCHAR(40)    NOT NULL,
    entity_id   BIGINT         NOT NULL,
    measure_id  BIGINT,
    before_json VARCHAR(100000),
    after_json  VARCHAR(100000)
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_measure_idx ON audit_event (measure_id);

CREATE TABLE report_link (
    id        BIGINT        NOT NULL PRIMARY KEY,
    report_id BIGINT        NOT NULL REFERENCES progress_report (id),
    position  INTEGER       NOT NULL,
    url       VARCHAR(2000) NOT NULL,
    title     VARCHAR(300)
);
CREATE INDEX report_link_report_idx ON report_link (report_id);

ALTER TABLE strategic_plan ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE plan_section ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE action_plan ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE goal ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE party ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE measure ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE responsibility ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE progress_report ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE progress_report ADD COLUMN updated_at TIMESTAMP;
