import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, runScript } from './script';

describe('runScript', () => {
  it('prints each command after $ and its stdout then stderr, skipping comments and blank lines', async () => {
    const out = await runScript('# a comment\n\nkubectl get pods\nkubectl get pod nope\n');
    expect(out).toBe('$ kubectl get pods\nNo resources found in default namespace.\n$ kubectl get pod nope\nError from server (NotFound): pods "nope" not found\n');
  });

  it('lets a person-typing second pass between commands, and sleep advances simulated time', async () => {
    const out = await runScript('kubectl run a --image=nginx\nsleep 2m\nkubectl get pod a\n');
    expect(out).toContain('$ sleep 2m\n$ kubectl get pod a\n');
    // created, 1 s typing, 2 m sleep, 1 s typing: 2m2s old
    expect(out).toMatch(/a\s+1\/1\s+Running\s+0\s+2m2s\n$/);
  });

  it('writes here-documents into the workspace and echoes them as bash does', async () => {
    const out = await runScript("cat <<'EOF' > cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\nEOF\nkubectl apply -f cm.yaml\n");
    expect(out).toBe("$ cat <<'EOF' > cm.yaml\n> apiVersion: v1\n> kind: ConfigMap\n> metadata:\n>   name: c\n> EOF\n$ kubectl apply -f cm.yaml\nconfigmap/c created\n");
  });

  it('reads files given up front (--workspace)', async () => {
    const out = await runScript('kubectl apply -f dir/cm.yaml\n', { files: { 'dir/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: w\n' } });
    expect(out).toBe('$ kubectl apply -f dir/cm.yaml\nconfigmap/w created\n');
  });

  it('is deterministic per seed: same seed same names, another seed other names', async () => {
    const script = 'kubectl create deployment web --image=nginx --replicas=2\nsleep 10s\nkubectl get pods\n';
    const a = await runScript(script, { seed: DEFAULT_SEED });
    expect(await runScript(script)).toBe(a);
    expect(await runScript(script, { seed: 'other' })).not.toBe(a);
  });
});
