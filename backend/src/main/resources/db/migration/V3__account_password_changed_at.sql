-- When an account's password was last set by an admin, so the audit trail shows a password change without
-- ever holding the password or its hash.
ALTER TABLE account ADD COLUMN password_changed_at TIMESTAMP;
