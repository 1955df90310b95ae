import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

  return async () => {
    app.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminPassword: string;
  }
}
