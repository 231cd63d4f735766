// `kubeplay helm template` renders the stable charts from the local disk byte for byte as the real
// helm 4.1 does (scripts/oracle.mjs): the "diff it against the real helm", as a test.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runHelmCli } from './helm';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../scripts/oracle.mjs';

const root = join(import.meta.dirname, '..', '..');
// fixed passwords: with none the charts draw random ones, which differ by design
const SET = ['--set', 'wordpressPassword=w,mariadb.auth.password=m,mariadb.auth.rootPassword=r,auth.password=p,auth.rootPassword=q'];

async function ours(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runHelmCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, root);
  return { code, stdout, stderr };
}

function real(helm: string, args: string[]) {
  try {
    return { code: 0, stdout: execFileSync(helm, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, stdout: String(x.stdout), stderr: String(x.stderr) };
  }
}

describe('kubeplay helm template against the real helm 4.1', () => {
  const cases: string[][] = [
    ['template', 'web', 'charts/stable/wordpress', ...SET],
    ['template', 'blog', 'charts/stable/wordpress', ...SET, '--set', 'replicaCount=3,service.type=ClusterIP', '-n', 'team'],
    ['template', 'charts/stable/nginx', '--set', 'replicaCount=2'],
    ['template', 'cache', 'charts/stable/redis', ...SET],
    ['template', 'db', 'charts/stable/mysql', ...SET, '--set-string', 'primary.persistence.size=20Gi'],
    ['template', 'web', 'charts/stable/wordpress', '--set', 'replicaCount=-1'],
    ['template', 'web', 'charts/stable/nope'],
  ];
  for (const args of cases) {
    it(args.join(' '), async () => {
      const { helm } = (await oracle()) as { helm: string };
      const [a, b] = [real(helm, args), await ours(args)];
      expect(b.code).toBe(a.code);
      expect(b.stdout).toBe(a.stdout);
      expect(b.stderr.replace(/\/work\/\S+?charts/g, 'charts')).toBe(a.stderr.replace(/\/work\/\S+?charts/g, 'charts'));
    });
  }
});
