// Differential tests against the real helm 4.1: every chart under tests/helm/corpus/<case>/ is
// rendered by our engine and compared byte for byte with expected.yaml (or expected-error.txt),
// which scripts/helm-corpus.mjs wrote from `helm template`. When the oracle binary is present the
// expectations are also checked against a live run, so a stale file cannot hide a difference.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readChartDir } from './read-dir';
import { parseSetInto } from '../strvals';
import { helmTemplate } from './template';
import type { GoMap } from '../template/value';
// @ts-expect-error plain ESM script without types
import { caseArgs, errorText } from '../../../scripts/helm-corpus.mjs';

const corpus = join(__dirname, '..', '..', '..', 'tests', 'helm', 'corpus');
const oracleHelm = join(__dirname, '..', '..', '..', 'node_modules', '.cache', 'kubeplay-oracle', 'helm');
const NOT_CHART = new Set(['expected.yaml', 'expected-error.txt', 'args.json']);

export function renderCase(dir: string): string {
  const args = existsSync(join(dir, 'args.json')) ? JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) : {};
  const values: Record<string, unknown> = {};
  for (const s of args.set ?? []) parseSetInto(s, values);
  for (const s of args.setString ?? []) parseSetInto(s, values, true);
  let n = 0;
  try {
    return helmTemplate(readChartDir(dir, (f) => NOT_CHART.has(f)), {
      releaseName: args.release, namespace: args.namespace, values: values as GoMap,
      rng: { int: (k: number) => (n++ * 7) % k, uuid: () => '00000000-0000-4000-8000-000000000000' }, now: () => 0,
    });
  } catch (e) {
    return `ERROR: ${(e as Error).message}\n`;
  }
}

const cases = readdirSync(corpus).filter((c) => statSync(join(corpus, c)).isDirectory()).sort();

describe('helm template corpus (expected outputs from the real helm 4.1)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(20));
  for (const c of cases) {
    it(c, () => {
      const dir = join(corpus, c);
      const expected = existsSync(join(dir, 'expected.yaml'))
        ? readFileSync(join(dir, 'expected.yaml'), 'utf8')
        : `ERROR: ${readFileSync(join(dir, 'expected-error.txt'), 'utf8')}`;
      expect(renderCase(dir)).toBe(expected);
    });
  }
});

describe.runIf(existsSync(oracleHelm))('corpus expectations match a live helm run', () => {
  for (const c of cases) {
    it(c, () => {
      const dir = join(corpus, c);
      let live: string;
      try {
        live = execFileSync(oracleHelm, caseArgs(dir), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: '/tmp', TZ: 'UTC' } });
      } catch (e) {
        live = `ERROR: ${errorText(String((e as { stderr: unknown }).stderr))}\n`;
      }
      const stored = existsSync(join(dir, 'expected.yaml')) ? readFileSync(join(dir, 'expected.yaml'), 'utf8') : `ERROR: ${readFileSync(join(dir, 'expected-error.txt'), 'utf8')}`;
      expect(stored).toBe(live);
    });
  }
});
