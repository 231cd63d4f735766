import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../sim/api/types';
import type { LessonView } from './checks';
import { faultBefore, faultShown } from './fault-shown';

const obj = (kind: string, name: string, extra: Record<string, unknown> = {}, namespace?: string): KubeObject =>
  ({ apiVersion: 'v1', kind, metadata: { name, ...(namespace ? { namespace } : {}), uid: `${name}-uid` }, ...extra }) as unknown as KubeObject;
const readyStatus = (s: string) => ({ status: { conditions: [{ type: 'Ready', status: s }] } });

function mirror(...objects: KubeObject[]): LessonView['objects'] {
  const out: LessonView['objects'] = {};
  for (const o of objects) (out[o.kind] ??= new Map()).set(`${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
  return out;
}

describe('faultShown', () => {
  it('killPod: the pod is gone, terminating, or another pod of the same name', () => {
    const pod = obj('Pod', 'web-a', {}, 'default');
    const fault = { action: 'killPod' as const, kind: 'Pod', namespace: 'default', name: 'web-a' };
    const before = faultBefore(fault, mirror(pod));
    expect(before).toEqual({ uid: 'web-a-uid' });
    expect(faultShown(fault, mirror(pod), before)).toBe(false);
    expect(faultShown(fault, mirror(), before)).toBe(true);
    expect(faultShown(fault, mirror(obj('Pod', 'web-a', { metadata: { name: 'web-a', namespace: 'default', deletionTimestamp: 'x', uid: 'web-a-uid' } }, 'default')), before)).toBe(true);
    expect(faultShown(fault, mirror(obj('Pod', 'web-a', { metadata: { name: 'web-a', namespace: 'default', uid: 'new' } }, 'default')), before)).toBe(true);
  });

  it('breakImage: the workload asks for the broken tag', () => {
    const deploy = (image: string) => obj('Deployment', 'web', { spec: { template: { spec: { containers: [{ image }] } } } }, 'default');
    const fault = { action: 'breakImage' as const, kind: 'Deployment', namespace: 'default', name: 'web' };
    expect(faultShown(fault, mirror(deploy('nginx:1.27')), {})).toBe(false);
    expect(faultShown(fault, mirror(deploy('nginx:does-not-exist')), {})).toBe(true);
  });

  it('stopNode: the node is not Ready and neither is any pod on it; startNode: Ready again', () => {
    const node = (s: string) => obj('Node', 'n1', readyStatus(s));
    const pod = (s: string) => obj('Pod', 'web-a', { spec: { nodeName: 'n1' }, ...readyStatus(s) }, 'default');
    const stop = { action: 'stopNode' as const, kind: 'Node', name: 'n1' };
    expect(faultShown(stop, mirror(node('True'), pod('True')), {})).toBe(false);
    expect(faultShown(stop, mirror(node('Unknown'), pod('True')), {})).toBe(false);
    expect(faultShown(stop, mirror(node('Unknown'), pod('False')), {})).toBe(true);
    const start = { action: 'startNode' as const, kind: 'Node', name: 'n1' };
    expect(faultShown(start, mirror(node('Unknown')), {})).toBe(false);
    expect(faultShown(start, mirror(node('True')), {})).toBe(true);
  });
});
