import { simpleParser } from 'mailparser';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import type { TestProject } from 'vitest/node';

/**
 * Starts the packaged product (the Quarkus jar with the web app inside) on a free port and a fresh H2 data
 * folder, so the browser tests run against exactly what ./run.sh serves. PLANSTATUS_JAR points at a jar built
 * elsewhere (e.g. with -Dbuild.dir).
 */
const jar = resolve(
  process.env.PLANSTATUS_JAR ??
    resolve(fileURLToPath(new URL('.', import.meta.url)), '../../backend/target/quarkus-app/quarkus-run.jar'),
);

/**
 * A real SMTP server the app sends to (reminders, personal links). Each message it receives is written as JSON
 * ({to, subject, text}) into the mail folder, where e2e/mailbox.ts reads it.
 */
async function startSmtp(mailDir: string): Promise<{ port: number; close: () => Promise<void> }> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          count += 1;
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          writeFileSync(
            join(mailDir, `${String(count).padStart(4, '0')}.json`),
            JSON.stringify({ to, subject: mail.subject ?? '', text: mail.text ?? '' }),
          );
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = await freePort();
  await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', () => resolveListen()));
  return { port, close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())) };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilReady(baseUrl: string, app: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) {
      throw new Error(`The app exited with code ${app.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(`${baseUrl}/q/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app was not ready at ${baseUrl} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(jar)) {
    throw new Error(
      `No packaged app at ${jar}: run "mvn -f backend/pom.xml package -DskipTests" first, or set PLANSTATUS_JAR`,
    );
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'planstatus-e2e-'));
  const mailDir = mkdtempSync(join(tmpdir(), 'planstatus-e2e-mail-'));
  const smtp = await startSmtp(mailDir);
  const baseUrl = `http://127.0.0.1:${port}`;
  // The first admin's password, new for every run: the product has no default password to fall back on.
  const adminPassword = randomBytes(18).toString('base64url');
  const app = spawn('java', ['-jar', jar], {
    env: {
      ...process.env,
      PORT: String(port),
      PLANSTATUS_DATA_DIR: dataDir,
      PLANSTATUS_ADMIN_PASSWORD: adminPassword,
      // As on a real server: embeds and the feed link to the address visitors use, never to a request's Host.
      PLANSTATUS_PUBLIC_URL: baseUrl,
      PLANSTATUS_SMTP_HOST: '127.0.0.1',
      PLANSTATUS_SMTP_PORT: String(smtp.port),
      PLANSTATUS_SMTP_STARTTLS: 'DISABLED',
      PLANSTATUS_MAIL_FROM: 'Regionrådet for Fjellregionen <post@fjellregionen.test>',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  app.stdout?.on('data', (chunk) => (log += chunk));
  app.stderr?.on('data', (chunk) => (log += chunk));
  try {
    await waitUntilReady(baseUrl, app, 60_000);
  } catch (error) {
    app.kill('SIGKILL');
    console.error(log);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('adminPassword', adminPassword);
  project.provide('mailDir', mailDir);

  return async () => {
    app.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(mailDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminPassword: string;
    mailDir: string;
  }
}
