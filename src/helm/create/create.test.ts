// `helm create` writes the same files as the real helm 4.1 (scripts/oracle.mjs) does.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTree } from '../../node/cli';
import { execFileSync } from 'node:child_process';
import { MemoryWorkspace } from '../../cli/workspace';
import { createChart } from './create';
// @ts-expect-error a plain .mjs script without types
import { oracle } from '../../../scripts/oracle.mjs';

describe('helm create', () => {
  it('writes the real helm\'s files, byte for byte, for a chart named as the learner likes', async () => {
    const { helm } = (await oracle()) as { helm: string };
    const dir = mkdtempSync(join(tmpdir(), 'kubeplay-create-'));
    execFileSync(helm, ['create', 'jazapp'], { cwd: dir });
    const expected = readTree(join(dir, 'jazapp'));
    const ws = new MemoryWorkspace({});
    expect(createChart(ws, 'jazapp')).toEqual({ stdout: 'Creating jazapp\n', stderr: '' });
    const ours = Object.fromEntries(Object.keys(expected).map((p) => [p, ws.read(`jazapp/${p}`)]));
    expect(Object.keys(expected).length).toBe(12);
    expect(ours).toEqual(expected);
    expect(ws.list('jazapp')).toEqual(['.helmignore', 'Chart.yaml', 'templates', 'values.yaml']);
  });

  it('refuses names helm refuses, and warns before overwriting', () => {
    const ws = new MemoryWorkspace({ 'notes.txt': 'x' });
    expect(createChart(ws, 'bad name').error).toBe('chart name must match the regular expression "^[a-zA-Z0-9._-]+$"');
    expect(createChart(ws, 'a/b/c').error).toBe('stat /workspace/a/b: no such file or directory');
    expect(createChart(ws, 'notes.txt').error).toBe('file /workspace/notes.txt already exists and is not a directory');
    createChart(ws, 'web');
    const again = createChart(ws, 'web');
    expect(again.stderr.split('\n')[0]).toBe('WARNING: File "/workspace/web/Chart.yaml" already exists. Overwriting.');
    expect(again.stderr.split('\n').filter(Boolean)).toHaveLength(12);
  });
});
