import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../sim/api/types';
import { evaluateCheck, observedRefs, type LessonView } from './checks';
import { formatMsgs } from './messages';
import type { Check } from './types';

function pod(status: object, extra: Partial<KubeObject['metadata']> = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'myapp-pod', namespace: 'default', labels: { app: 'myapp' }, ...extra },
    spec: {},
    status,
  };
}

function view(objects: KubeObject[] = [], more: Partial<LessonView> = {}): LessonView {
  const byKind: LessonView['objects'] = {};
  for (const o of objects) (byKind[o.kind] ??= new Map()).set(`${o.metadata.namespace}/${o.metadata.name}`, o);
  return { objects: byKind, commandLog: [], seen: new Set(), read: false, ...more };
}

const running: Check = { type: 'object', kind: 'Pod', namespace: 'default', name: 'myapp-pod', labels: { app: 'myapp' }, phase: 'Running' };
const creating = { phase: 'Pending', containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: 'busybox', imageID: '', state: { waiting: { reason: 'ContainerCreating' } } }] };

describe('object checks', () => {
  it('says there is no Pod yet, in both languages', () => {
    const r = evaluateCheck(running, view());
    expect(r.done).toBe(false);
    expect(formatMsgs(r.expected, 'en')).toBe('Pod myapp-pod Running with label app=myapp');
    expect(formatMsgs(r.actual, 'en')).toBe('no Pod named myapp-pod');
    expect(formatMsgs(r.expected, 'ja')).toBe('ラベル app=myapp の Pod myapp-pod が Running');
    expect(formatMsgs(r.actual, 'ja')).toBe('Pod myapp-pod はありません');
  });

  it('shows the kubectl status while the container is being created', () => {
    const r = evaluateCheck(running, view([pod(creating)]));
    expect(r.done).toBe(false);
    expect(formatMsgs(r.actual, 'en')).toBe('Pod myapp-pod is ContainerCreating');
  });

  it('passes once the Pod runs with the label', () => {
    const r = evaluateCheck(running, view([pod({ phase: 'Running' })]));
    expect(r.done).toBe(true);
    expect(formatMsgs(r.actual, 'en')).toBe('Pod myapp-pod is Running');
  });

  it('fails on wrong labels and says what they are', () => {
    const r = evaluateCheck(running, view([pod({ phase: 'Running' }, { labels: { app: 'other' } })]));
    expect(r.done).toBe(false);
    expect(formatMsgs(r.actual, 'en')).toBe('Pod myapp-pod is Running; its labels are app=other');
  });

  it('does not count a terminating Pod as Running', () => {
    const r = evaluateCheck(running, view([pod({ phase: 'Running' }, { deletionTimestamp: '2026-01-01T00:00:00Z' })]));
    expect(r.done).toBe(false);
    expect(formatMsgs(r.actual, 'en')).toBe('Pod myapp-pod is Terminating');
  });

  it('looks in the namespace it names', () => {
    const other = pod({ phase: 'Running' }, { namespace: 'dev' });
    expect(evaluateCheck(running, view([other])).done).toBe(false);
  });
});

describe('absent checks', () => {
  const gone: Check = { type: 'absent', kind: 'Pod', namespace: 'default', name: 'myapp-pod', afterExisted: true };

  it('is not done before the Pod ever existed', () => {
    const r = evaluateCheck(gone, view());
    expect(r.done).toBe(false);
    expect(formatMsgs(r.actual, 'en')).toBe('Pod myapp-pod has not been created yet');
  });

  it('is not done while the Pod exists, and done once it is gone after being seen', () => {
    expect(evaluateCheck(gone, view([pod({ phase: 'Running' })])).done).toBe(false);
    expect(observedRefs([gone], view([pod({ phase: 'Running' })]).objects)).toEqual(['Pod/default/myapp-pod']);
    const r = evaluateCheck(gone, view([], { seen: new Set(['Pod/default/myapp-pod']) }));
    expect(r.done).toBe(true);
    expect(formatMsgs(r.expected, 'ja')).toBe('Pod myapp-pod が存在しない');
  });
});

describe('command checks', () => {
  const get: Check = { type: 'command', match: '^(kubectl|k)\\s+get\\s+(pods?|po)\\b', example: 'kubectl get pods' };

  it('waits for a matching command', () => {
    const r = evaluateCheck(get, view([], { commandLog: [{ line: 'kubectl get nodes', exitCode: 0 }] }));
    expect(r.done).toBe(false);
    expect(formatMsgs(r.expected, 'en')).toBe('run kubectl get pods');
    expect(formatMsgs(r.actual, 'en')).toBe('no matching command yet');
  });

  it('accepts the short forms', () => {
    expect(evaluateCheck(get, view([], { commandLog: [{ line: '  k get po -o wide', exitCode: 0 }] })).done).toBe(true);
  });

  it('reports a failed attempt with its exit code', () => {
    const r = evaluateCheck(get, view([], { commandLog: [{ line: 'kubectl get pods --bogus', exitCode: 1 }] }));
    expect(r.done).toBe(false);
    expect(formatMsgs(r.actual, 'en')).toBe('kubectl get pods --bogus failed (exit code 1)');
  });
});

describe('read and all checks', () => {
  it('a read check follows the read flag', () => {
    expect(evaluateCheck({ type: 'read' }, view()).done).toBe(false);
    expect(evaluateCheck({ type: 'read' }, view([], { read: true })).done).toBe(true);
  });

  it('all needs every part', () => {
    const both: Check = { type: 'all', checks: [running, { type: 'command', match: '^kubectl logs' }] };
    const v = view([pod({ phase: 'Running' })]);
    expect(evaluateCheck(both, v).done).toBe(false);
    expect(evaluateCheck(both, { ...v, commandLog: [{ line: 'kubectl logs myapp-pod', exitCode: 0 }] }).done).toBe(true);
  });
});

describe('field and count checks', () => {
  const deploy = (image: string, ready: number): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: { template: { spec: { containers: [{ name: 'nginx', image }] } } },
    status: { readyReplicas: ready },
  });
  const readyPod = (name: string, ready: boolean, deleting = false): KubeObject =>
    pod({ phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] }, { name, labels: { app: 'web' }, ...(deleting ? { deletionTimestamp: '2025-01-06T09:00:00Z' } : {}) });

  it('compares a field at a dotted path (list indexes included) and says what it is', () => {
    const c: Check = { type: 'field', kind: 'Deployment', name: 'web', path: 'spec.template.spec.containers.0.image', equals: 'nginx:1.28' };
    const before = evaluateCheck(c, view([deploy('nginx:1.27', 3)]));
    expect(before.done).toBe(false);
    expect(formatMsgs(before.expected, 'en')).toBe('Deployment web has spec.template.spec.containers.0.image = nginx:1.28');
    expect(formatMsgs(before.actual, 'ja')).toBe('spec.template.spec.containers.0.image は nginx:1.27 です');
    expect(evaluateCheck(c, view([deploy('nginx:1.28', 3)])).done).toBe(true);
    expect(formatMsgs(evaluateCheck({ ...c, path: 'status.availableReplicas' }, view([deploy('x', 1)])).actual, 'en')).toBe('status.availableReplicas is not set');
  });

  it('counts ready pods by label, leaving out those being deleted', () => {
    const c: Check = { type: 'count', kind: 'Pod', labels: { app: 'web' }, ready: true, count: 3 };
    const r = evaluateCheck(c, view([readyPod('a', true), readyPod('b', true), readyPod('c', false), readyPod('d', true, true)]));
    expect(r.done).toBe(false);
    expect(formatMsgs(r.actual, 'en')).toBe('2 ready Pod objects labelled app=web');
    expect(evaluateCheck(c, view([readyPod('a', true), readyPod('b', true), readyPod('e', true)])).done).toBe(true);
  });

  it('counts only objects whose fields match `where` (nodes on a new kubelet version)', () => {
    const node = (name: string, version: string) =>
      ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { agentpool: 'nodepool1' } }, status: { nodeInfo: { kubeletVersion: version }, conditions: [{ type: 'Ready', status: 'True' }] } }) as unknown as KubeObject;
    const c: Check = { type: 'count', kind: 'Node', namespace: '', labels: { agentpool: 'nodepool1' }, ready: true, where: { 'status.nodeInfo.kubeletVersion': 'v1.33.1' }, count: 2 };
    const r = evaluateCheck(c, view([node('a', 'v1.33.1'), node('b', 'v1.32.6')]));
    expect(r.done).toBe(false);
    expect(formatMsgs(r.expected, 'en')).toBe('2 ready Node objects labelled agentpool=nodepool1; with status.nodeInfo.kubeletVersion=v1.33.1');
    expect(formatMsgs(r.actual, 'en')).toBe('1 ready Node objects labelled agentpool=nodepool1; with status.nodeInfo.kubeletVersion=v1.33.1');
    expect(evaluateCheck(c, view([node('a', 'v1.33.1'), node('b', 'v1.33.1')])).done).toBe(true);
  });
});
