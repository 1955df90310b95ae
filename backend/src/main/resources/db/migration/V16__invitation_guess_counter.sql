-- Wrong, revoked or expired personal report links tried from one client address (issue 10, reporting without an
-- account). Counted in the database like sign_in_counter, so a restart forgets nothing and instances share them.
CREATE TABLE invitation_guess_counter (
    address         VARCHAR(100) NOT NULL PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP    NOT NULL
);
