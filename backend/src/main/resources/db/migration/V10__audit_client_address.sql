-- The client address a change came from (after trusted proxy forwarding), for admins reading the audit trail.
-- Null for changes Planstatus makes itself and for rows written before it was recorded.
ALTER TABLE audit_event ADD COLUMN client_address VARCHAR(100);
