-- At most one reminder per person per round per day, however many instances share the database: a reminder is
-- claimed by inserting its log row (with the day it is for) before it is sent, and the unique constraint lets only
-- one instance's insert through. Rows that are no reminder (personal links) and reminders that failed leave
-- reminder_on empty, and NULLs never clash in a unique constraint (H2 and PostgreSQL alike).
ALTER TABLE reminder_log ADD COLUMN reminder_on DATE;
ALTER TABLE reminder_log ADD CONSTRAINT reminder_log_once_a_day UNIQUE (round_id, recipient_email, reminder_on);
