import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/** A message the e2e SMTP server received (see global-setup.ts). */
export type ReceivedMail = { to: string[]; subject: string; text: string };

/** Everything received so far for the address, oldest first. */
export function mailTo(address: string): ReceivedMail[] {
  const dir = inject('mailDir');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ReceivedMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits until at least `count` messages have arrived for the address (polling the folder), and returns them. */
export async function awaitMailTo(address: string, count = 1, timeoutMs = 15_000): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const received = mailTo(address);
    if (received.length >= count) return received;
    if (Date.now() > deadline) {
      throw new Error(`expected ${count} message(s) to ${address} within ${timeoutMs} ms, got ${received.length}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
