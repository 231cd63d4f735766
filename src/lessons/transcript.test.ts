import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../sim/api/types';
import { findLesson } from './load';
import { parseTranscript, replaySolution } from './transcript';

describe('solution transcripts', () => {
  it('parses commands, sleeps and here-documents, skipping comments', () => {
    const steps = parseTranscript("# setup\ncat <<'YAML' > a.yaml\nkind: Pod\n  x: 1\nYAML\nkubectl apply -f a.yaml\nsleep 30s\nsleep 500ms\nsleep 2m\nsleep 5\n\n");
    expect(steps).toEqual([
      { type: 'write', path: 'a.yaml', content: 'kind: Pod\n  x: 1\n', line: "cat <<'YAML' > a.yaml" },
      { type: 'run', line: 'kubectl apply -f a.yaml' },
      { type: 'sleep', ms: 30_000, line: 'sleep 30s' },
      { type: 'sleep', ms: 500, line: 'sleep 500ms' },
      { type: 'sleep', ms: 120_000, line: 'sleep 2m' },
      { type: 'sleep', ms: 5_000, line: 'sleep 5' },
    ]);
  });

  it('rejects an unterminated here-document', () => {
    expect(() => parseTranscript("cat <<'EOF' > x\nkind: Pod\n")).toThrow(/unterminated/);
  });

  it('replays the Pod lesson against a scripted cluster and passes every step', async () => {
    const lesson = findLesson('pod')!;
    const pods = new Map<string, KubeObject>();
    const files = new Map<string, string>();
    let lastApplied = '';
    const host = {
      writeFile: (path: string, content: string) => void files.set(path, content),
      sleep: () => {
        if (lastApplied) pods.set('default/myapp-pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'myapp-pod', namespace: 'default', labels: { app: 'myapp' } }, status: { phase: 'Running' } });
        lastApplied = '';
      },
      run: async (line: string) => {
        if (line.startsWith('kubectl apply')) lastApplied = files.get('myapp-pod.yaml') ?? '';
        if (line.startsWith('kubectl delete')) pods.delete('default/myapp-pod');
        return { stdout: '', stderr: '', exitCode: 0 };
      },
      objects: () => ({ Pod: pods }),
    };
    const replay = await replaySolution(lesson, host);
    expect(replay.failures).toEqual([]);
    expect(lastApplied).toBe('');
    expect(files.get('myapp-pod.yaml')).toContain('name: myapp-pod');
    expect([...replay.done].sort()).toEqual(lesson.steps.map((s) => s.id).sort());
  });
});
