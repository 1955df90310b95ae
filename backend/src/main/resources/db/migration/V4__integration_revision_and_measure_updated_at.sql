-- When a measure, its responsibilities or its reports last changed, for `changedSince` on the measure list.
ALTER TABLE measure ADD COLUMN updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL;
CREATE INDEX measure_updated_at_idx ON measure (updated_at);

-- One number that every write moves on, so public GETs can answer If-None-Match without running their query.
CREATE TABLE data_revision (
    id       INT    PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO data_revision (id, revision) VALUES (1, 1);
