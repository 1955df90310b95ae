-- Failed sign-ins are counted in the database, so a restart does not forget them and several instances share them.
-- One row per (username, client address) pair, and one per username across all addresses (address NULL).
-- counter_key is a hash of the kind, username and address, so any username fits the key.
CREATE TABLE sign_in_counter (
    counter_key     VARCHAR(64)  NOT NULL PRIMARY KEY,
    username        VARCHAR(200) NOT NULL,
    address         VARCHAR(100),
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP,
    last_success_at TIMESTAMP
);
CREATE INDEX sign_in_counter_address_idx ON sign_in_counter (address, last_failure_at);

-- Expired sessions are purged on a schedule.
CREATE INDEX user_session_expires_idx ON user_session (expires_at);
