#!/usr/bin/env node
// Regenerates tests/helm/corpus/<case>/expected.yaml (or expected-error.txt) from the real helm 4.1
// (scripts/oracle.mjs): `helm template RELEASE ./case [-n NS] [--set …]` with the case's args.json.
//   node scripts/helm-corpus.mjs [case…]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oracle } from './oracle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'tests', 'helm', 'corpus');

/** the helm arguments a case's args.json asks for */
export function caseArgs(dir) {
  const file = join(dir, 'args.json');
  const args = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const out = ['template', args.release ?? 'release-name', dir];
  if (args.namespace) out.push('--namespace', args.namespace);
  for (const s of args.set ?? []) out.push('--set', s);
  for (const s of args.setString ?? []) out.push('--set-string', s);
  return out;
}

/** helm's error text without "Error: " and the --debug hint */
export const errorText = (stderr) => stderr.replace(/^Error: /, '').replace(/\n*Use --debug flag to render out invalid YAML\n*$/, '').replace(/\n+$/, '');

async function main() {
  const { helm } = await oracle();
  const only = process.argv.slice(2);
  for (const name of readdirSync(corpus).sort()) {
    if (only.length && !only.includes(name)) continue;
    const dir = join(corpus, name);
    rmSync(join(dir, 'expected.yaml'), { force: true });
    rmSync(join(dir, 'expected-error.txt'), { force: true });
    try {
      const out = execFileSync(helm, caseArgs(dir), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: '/tmp', TZ: 'UTC' } });
      writeFileSync(join(dir, 'expected.yaml'), out);
    } catch (e) {
      writeFileSync(join(dir, 'expected-error.txt'), errorText(String(e.stderr)) + '\n');
    }
    console.log(name);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
