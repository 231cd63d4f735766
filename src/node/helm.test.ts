// `kubeplay helm template` renders the stable charts from the local disk byte for byte as the real
// helm 4.1 does (scripts/oracle.mjs): the "diff it against the real helm", as a test.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runHelmCli } from './helm';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../scripts/oracle.mjs';

const root = join(import.meta.dirname, '..', '..');
// fixed passwords: with none the charts draw random ones, which differ by design
const SET = ['--set', 'wordpressPassword=w,mariadb.auth.password=m,mariadb.auth.rootPassword=r,auth.password=p,auth.rootPassword=q'];

async function ours(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await runHelmCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, cwd);
  return { code, stdout, stderr };
}

function real(helm: string, args: string[], cwd = root) {
  try {
    return { code: 0, stdout: execFileSync(helm, args, { cwd, encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
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

describe('kubeplay helm lint against the real helm 4.1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubeplay-lint-'));
  const chart = (name: string, files: Record<string, string>) => {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name, p)), { recursive: true });
      writeFileSync(join(dir, name, p), text);
    }
  };
  chart('unclosed', { 'Chart.yaml': 'apiVersion: v2\nname: unclosed\nversion: 0.1.0\n', 'templates/a.yaml': 'a: {{ .Values.x \n' });
  chart('badyaml', { 'Chart.yaml': 'apiVersion: v2\nname: badyaml\nversion: 0.1.0\nicon: https://example.com/i.png\n', 'values.yaml': 'x: 1\n', 'templates/a.yaml': 'a: b: c\n' });
  chart('badmeta', { 'Chart.yaml': 'apiVersion: v3\nversion: 1.0.0\n', 'templates/a.yaml': 'a: 1\n' });
  chart('badver', { 'Chart.yaml': 'apiVersion: v2\nname: badver\nversion: 1.x\n', 'templates/a.yaml': 'a: 1\n' });
  const cases: Array<[string[], string]> = [
    [['lint', 'charts/stable/wordpress'], root],
    [['lint', 'charts/stable/wordpress', '--set', 'replicaCount=abc'], root],
    [['lint', 'charts/stable/nginx', 'charts/stable/redis'], root],
    [['lint', 'unclosed'], dir],
    [['lint', 'badyaml'], dir],
    [['lint', 'badmeta'], dir],
    [['lint', 'badver'], dir],
    [['lint', 'nope'], dir],
  ];
  for (const [args, cwd] of cases) {
    it(args.join(' '), async () => {
      const { helm } = (await oracle()) as { helm: string };
      const [a, b] = [real(helm, args, cwd), await ours(args, cwd)];
      expect(b).toEqual(a);
    });
  }
});

describe('kubeplay helm template errors against the real helm 4.1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kubeplay-tplerr-'));
  mkdirSync(join(dir, 'broken', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'broken', 'Chart.yaml'), 'apiVersion: v2\nname: broken\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'broken', 'templates', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  size: {{ required "a size is required" .Values.size | quote }}\n  {{- if .Values.broken }}\n  {{ .Values.broken.deeper.value }}\n  {{- end }}\n');
  mkdirSync(join(dir, 'badyaml', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'badyaml', 'Chart.yaml'), 'apiVersion: v2\nname: badyaml\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'badyaml', 'templates', 'a.yaml'), 'a: b: c\n');
  const cases = [
    ['template', 'demo', 'broken'],
    ['template', 'demo', 'broken', '--set', 'size=3,broken.x=1'],
    ['template', 'demo', 'broken', '--set', 'size=3', '--dry-run'],
    ['template', 'demo', 'badyaml'],
  ];
  for (const args of cases) {
    it(args.join(' '), async () => {
      const { helm } = (await oracle()) as { helm: string };
      expect(await ours(args, dir)).toEqual(real(helm, args, dir));
    });
  }
});
