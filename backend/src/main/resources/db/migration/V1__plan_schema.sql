-- The adopted plan: council, strategic plan with goals, action plans with measures,
-- responsible parties and progress reports. Runs unchanged on H2 and PostgreSQL.

CREATE SEQUENCE council_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE strategic_plan_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE plan_section_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE goal_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE interest_policy_matter_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE action_plan_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE party_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE measure_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE responsibility_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE progress_report_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE council (
    id      BIGINT       NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL UNIQUE,
    vision  VARCHAR(1000)
);

CREATE TABLE strategic_plan (
    id                BIGINT        NOT NULL PRIMARY KEY,
    council_id        BIGINT        NOT NULL REFERENCES council (id),
    code              VARCHAR(40)   NOT NULL UNIQUE,
    title             VARCHAR(300)  NOT NULL,
    period_start      INTEGER       NOT NULL,
    period_end        INTEGER       NOT NULL,
    adopted_by        VARCHAR(200),
    adopted_on        VARCHAR(10),
    closing_statement VARCHAR(4000),
    CONSTRAINT strategic_plan_period CHECK (period_end >= period_start)
);

CREATE TABLE plan_section (
    id                BIGINT       NOT NULL PRIMARY KEY,
    strategic_plan_id BIGINT       NOT NULL REFERENCES strategic_plan (id),
    position          INTEGER      NOT NULL,
    title             VARCHAR(500) NOT NULL,
    CONSTRAINT plan_section_position UNIQUE (strategic_plan_id, position)
);

CREATE TABLE goal (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    strategic_plan_id        BIGINT        NOT NULL REFERENCES strategic_plan (id),
    section_id               BIGINT        NOT NULL REFERENCES plan_section (id),
    number                   INTEGER       NOT NULL,
    text                     VARCHAR(4000) NOT NULL,
    interest_policy_heading  VARCHAR(500),
    CONSTRAINT goal_number UNIQUE (strategic_plan_id, number)
);

CREATE TABLE interest_policy_matter (
    id       BIGINT       NOT NULL PRIMARY KEY,
    goal_id  BIGINT       NOT NULL REFERENCES goal (id),
    position INTEGER      NOT NULL,
    text     VARCHAR(500) NOT NULL,
    CONSTRAINT interest_policy_matter_position UNIQUE (goal_id, position)
);

CREATE TABLE action_plan (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    strategic_plan_id     BIGINT        NOT NULL REFERENCES strategic_plan (id),
    code                  VARCHAR(40)   NOT NULL UNIQUE,
    title                 VARCHAR(300)  NOT NULL,
    period_start          INTEGER       NOT NULL,
    period_end            INTEGER       NOT NULL,
    adopted_by            VARCHAR(200),
    adopted_on            VARCHAR(10),
    introduction          VARCHAR(4000),
    measures_introduction VARCHAR(1000),
    CONSTRAINT action_plan_period CHECK (period_end >= period_start)
);

CREATE TABLE party (
    id   BIGINT       NOT NULL PRIMARY KEY,
    slug VARCHAR(100) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(30)  NOT NULL
);

CREATE TABLE measure (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    action_plan_id      BIGINT        NOT NULL REFERENCES action_plan (id),
    goal_id             BIGINT        NOT NULL REFERENCES goal (id),
    reference           VARCHAR(60)   NOT NULL UNIQUE,
    position            INTEGER       NOT NULL,
    text                VARCHAR(4000) NOT NULL,
    responsibility_text VARCHAR(1000) NOT NULL
);
CREATE INDEX measure_goal_idx ON measure (goal_id);
CREATE INDEX measure_action_plan_idx ON measure (action_plan_id);

CREATE TABLE responsibility (
    id         BIGINT       NOT NULL PRIMARY KEY,
    measure_id BIGINT       NOT NULL REFERENCES measure (id),
    party_id   BIGINT       NOT NULL REFERENCES party (id),
    role       VARCHAR(20)  NOT NULL,
    position   INTEGER      NOT NULL,
    wording    VARCHAR(500) NOT NULL,
    CONSTRAINT responsibility_party UNIQUE (measure_id, party_id)
);
CREATE INDEX responsibility_party_idx ON responsibility (party_id);

CREATE TABLE progress_report (
    id               BIGINT        NOT NULL PRIMARY KEY,
    measure_id       BIGINT        NOT NULL REFERENCES measure (id),
    period           VARCHAR(100),
    report_date      DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    assessment       VARCHAR(20)   NOT NULL,
    percent_complete INTEGER,
    text             VARCHAR(8000) NOT NULL,
    author           VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT progress_report_percent CHECK (percent_complete IS NULL OR (percent_complete BETWEEN 0 AND 100))
);
CREATE INDEX progress_report_measure_idx ON progress_report (measure_id, report_date, id);
