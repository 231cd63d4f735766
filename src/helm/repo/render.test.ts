// Our template engine (src/helm/chart) renders every stable chart as the real helm 4.1 does
// (scripts/oracle.mjs), for the default values and the variations the charts' READMEs describe.
// The generated passwords differ (Go's random source vs the seeded Rng), so they are masked.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseSetInto } from '../strvals';
import { helmTemplate } from '../chart/template';
import type { GoMap } from '../template/value';
import { stableIndex } from './index';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../../scripts/oracle.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kubeplay-stable-render-'));
for (const c of stableIndex()) {
  for (const [p, content] of Object.entries(c.files)) {
    mkdirSync(dirname(join(dir, c.name, p)), { recursive: true });
    writeFileSync(join(dir, c.name, p), content);
  }
}


const mask = (s: string) => s.replace(/^(\s*[a-z-]+-password): "[A-Za-z0-9+/=]+"$/gm, '$1: "<random>"');

function ours(chart: string, sets: string[]): string {
  const values: Record<string, unknown> = {};
  for (const s of sets) parseSetInto(s, values);
  let n = 0;
  const files = stableIndex().find((c) => c.name === chart)!.files;
  return helmTemplate(files, { releaseName: 'demo', values: values as GoMap, rng: { int: (k: number) => (n++ * 7) % k, uuid: () => '00000000-0000-4000-8000-000000000000' }, now: () => 0 });
}

const CASES: [chart: string, sets: string[]][] = [
  ['hello', []],
  ['nginx', []],
  ['nginx', ['replicaCount=3', 'indexHtml=<h1>Hello AKS</h1>', 'service.type=NodePort']],
  ['redis', []],
  ['redis', ['auth.enabled=false', 'master.persistence.enabled=false']],
  ['mariadb', ['auth.username=app', 'auth.database=app', 'global.storageClass=managed-csi-premium']],
  ['mysql', ['auth.rootPassword=s3cret']],
  ['wordpress', []],
  ['wordpress', ['mariadb.auth.password=s3cret', 'global.storageClass=managed-csi-premium', 'service.type=ClusterIP', 'persistence.enabled=false']],
  ['wordpress', ['mariadb.enabled=false', 'externalDatabase.host=db.example.com', 'externalDatabase.password=pw']],
];

describe('helm template of the stable charts, our engine against the real helm', () => {
  it.each(CASES)('%s %j', async (chart, sets) => {
    const { helm } = (await oracle()) as { helm: string };
    const real = execFileSync(helm, ['template', 'demo', join(dir, chart), ...sets.flatMap((s) => ['--set', s])], { encoding: 'utf8' });
    expect(mask(ours(chart, sets))).toBe(mask(real));
  }, 30_000);
});
