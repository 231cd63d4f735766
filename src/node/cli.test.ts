import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parseScriptArgs, readTree } from './cli';
import { runScript } from './script';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'kubeplay.mjs');
const kubeplay = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });

async function inProcess(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('kubeplay CLI', () => {
  it('parses script flags in both --flag v and --flag=v forms', () => {
    expect(parseScriptArgs(['f.txt', '--seed', '7', '--workspace=dir'])).toEqual({ file: 'f.txt', seed: 7, workspace: 'dir' });
    expect(parseScriptArgs(['--seed=abc', 'f.txt'])).toEqual({ file: 'f.txt', seed: 'abc', workspace: undefined });
    expect(parseScriptArgs([])).toBe('missing FILE');
    expect(parseScriptArgs(['f.txt', '--nope'])).toBe('unknown flag: --nope');
    expect(parseScriptArgs(['f.txt', '--seed'])).toBe('flag needs an argument: --seed');
  });

  it('prints usage on --help and fails on unknown subcommands and missing files', async () => {
    expect(await inProcess(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('script FILE [--seed S]') });
    expect(await inProcess(['frob'])).toMatchObject({ code: 1, stderr: expect.stringContaining('unknown command "frob"') });
    expect(await inProcess(['script', join(root, 'no-such-file.txt')])).toMatchObject({ code: 1, stderr: expect.stringContaining('ENOENT') });
  });

  it('copies a --workspace folder recursively', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplay-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    writeFileSync(join(dir, 'run.txt'), 'kubectl apply -f sub/cm.yaml\n');
    expect(readTree(dir)).toEqual({ 'run.txt': 'kubectl apply -f sub/cm.yaml\n', 'sub/cm.yaml': expect.stringContaining('ConfigMap') });
    const r = await inProcess(['script', join(dir, 'run.txt'), '--workspace', dir]);
    expect(r).toEqual({ code: 0, stdout: '$ kubectl apply -f sub/cm.yaml\nconfigmap/x created\n', stderr: '' });
  });

  it('the real bin prints what the in-process runner prints, the same on every run', { timeout: 60_000 }, async () => {
    const file = join(root, 'lessons', 'pod', 'solution.txt');
    const first = kubeplay('script', file, '--seed', '42');
    const second = kubeplay('script', file, '--seed', '42');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(first.stdout).toBe(await runScript(readFileSync(file, 'utf8'), { seed: 42 }));
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).toContain('Hello Kubernetes!');
  });

  it('the real bin exits 1 with a message on an unknown subcommand', { timeout: 60_000 }, () => {
    const r = kubeplay('frob');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown command "frob"');
  });
});
