-- Webhooks: an admin registers a URL and a secret; every new or corrected report is POSTed there, signed.
CREATE SEQUENCE webhook_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE webhook (
    id          BIGINT        NOT NULL PRIMARY KEY,
    url         VARCHAR(2000) NOT NULL,
    secret      VARCHAR(200)  NOT NULL,
    description VARCHAR(500),
    created_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);

-- One row per attempt. Rows of the same delivery share delivery_key (sent as X-Planstatus-Delivery).
CREATE TABLE webhook_delivery (
    id              BIGINT          NOT NULL PRIMARY KEY,
    webhook_id      BIGINT          NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    delivery_key    VARCHAR(36)     NOT NULL,
    event           VARCHAR(40)     NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    attempt         INT             NOT NULL,
    state           VARCHAR(20)     NOT NULL,
    status_code     INT,
    error           VARCHAR(500),
    created_at      TIMESTAMP       NOT NULL,
    due_at          TIMESTAMP       NOT NULL,
    attempted_at    TIMESTAMP,
    next_retry_at   TIMESTAMP
);
CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, id);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (state, due_at);
