// The built-in stable charts (charts/stable) rendered by our engine and by the real helm 4.1
// (when the oracle is installed: scripts/oracle.mjs), compared byte for byte except the random
// passwords the charts generate with randAlphaNum when none is set.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readChartDir } from './read-dir';
import { helmTemplate } from './template';
import { parseSetInto } from '../strvals';
import type { GoMap } from '../template/value';

const root = join(__dirname, '..', '..', '..');
const helm = join(root, 'node_modules', '.cache', 'kubeplay-oracle', 'helm');
const stable = join(root, 'charts', 'stable');

const maskPasswords = (s: string) => s.replace(/(password: )"[A-Za-z0-9+/=]+"/g, '$1"<random>"');

describe.runIf(existsSync(helm) && existsSync(stable))('stable charts render as the real helm renders them', () => {
  const cases: [string, string[]][] = [
    ...(existsSync(stable) ? readdirSync(stable).filter((c) => existsSync(join(stable, c, 'Chart.yaml'))).sort() : []).map((c): [string, string[]] => [c, []]),
    // a disabled dependency (condition: mariadb.enabled) is not rendered
    ['wordpress', ['mariadb.enabled=false', 'externalDatabase.host=db.example.com', 'externalDatabase.password=s3cret', 'replicaCount=2']],
  ];
  for (const [chart, sets] of cases) {
    it(`${chart} ${sets.join(' ')}`, () => {
      const dir = join(stable, chart);
      const real = execFileSync(helm, ['template', 'rel', dir, '--namespace', 'shop', ...sets.flatMap((s) => ['--set', s])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const values: Record<string, unknown> = {};
      for (const s of sets) parseSetInto(s, values);
      // strvals gives int64 for numbers
      let n = 0;
      const ours = helmTemplate(readChartDir(dir), { releaseName: 'rel', namespace: 'shop', values: values as GoMap, rng: { int: (k) => n++ % k, uuid: () => '' }, now: () => 0 });
      expect(maskPasswords(ours)).toBe(maskPasswords(real));
    });
  }
});
