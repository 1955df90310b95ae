-- Webhook deliveries as an outbox shared by every instance (see webhook/WebhookSender).
-- An instance claims a due attempt by writing its name and a lease into the row, commits, and only then sends; an
-- attempt whose lease ran out (its instance died mid-send) is due again for any instance.
ALTER TABLE webhook_delivery ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE webhook_delivery ADD COLUMN claimed_until TIMESTAMP;

-- A failed attempt that will not be retried is final («mislyktes»): GAVE_UP. Earlier versions left it FAILED
-- without a next retry.
UPDATE webhook_delivery SET state = 'GAVE_UP' WHERE state = 'FAILED' AND next_retry_at IS NULL;

-- The sweep asks per webhook for its pending attempts.
CREATE INDEX webhook_delivery_pending_idx ON webhook_delivery (webhook_id, state, due_at);
