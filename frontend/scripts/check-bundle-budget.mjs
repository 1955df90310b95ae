#!/usr/bin/env node
/**
 * Fails the build when a public page's first load holds more JavaScript than the budget (issue 12): the entry
 * chunk of index.html and every chunk it imports statically, transitively — what the browser loads before any
 * lazy route is asked for. Sizes are gzip (level 9), read from dist/ through Vite's manifest.
 *
 * Usage: node scripts/check-bundle-budget.mjs [distDir] ; PLANSTATUS_JS_BUDGET overrides the budget in bytes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 150_000;

/** The manifest keys of the entry chunks and of every chunk they import statically (not dynamic imports). */
export function firstLoadChunks(manifest) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names ${key}, but holds no such chunk`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length === 0) throw new Error('The manifest holds no entry chunk');
  for (const entry of entries) visit(entry);
  return [...seen];
}

/** The files of the first load with their gzip sizes, largest first, and their sum. */
export function measureFirstLoad(manifest, sizeOf) {
  const files = [...new Set(firstLoadChunks(manifest).map((key) => manifest[key].file))]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzip: sizeOf(file) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { files, total: files.reduce((sum, { gzip }) => sum + gzip, 0) };
}

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

function main() {
  const distDir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '../dist'));
  const budget = Number(process.env.PLANSTATUS_JS_BUDGET ?? BUDGET_BYTES);
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const { files, total } = measureFirstLoad(manifest, (file) => gzipSize(readFileSync(join(distDir, file))));
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const { file, gzip } of files) console.log(`  ${kb(gzip).padStart(9)}  ${file}`);
  const verdict = total <= budget ? 'within' : 'OVER';
  console.log(`JavaScript on a public first load: ${kb(total)} gzip (${total} bytes); budget ${kb(budget)} — ${verdict}`);
  if (total > budget) {
    console.error(
      `The first load exceeds the budget by ${total - budget} bytes: make a route lazy or drop an import.`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
