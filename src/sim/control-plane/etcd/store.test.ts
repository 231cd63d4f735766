import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types';
import { Store, type StoreEvent } from './store';

const obj = (name: string, ns = 'default', extra: Record<string, unknown> = {}): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, ...extra });

describe('Store', () => {
  it('one global revision across resources; stored copies are frozen', () => {
    const s = new Store();
    const a = s.create('/configmaps', obj('a'));
    const b = s.create('/secrets', obj('b'));
    expect([a.metadata.resourceVersion, b.metadata.resourceVersion]).toEqual(['1', '2']);
    expect(Object.isFrozen(a) && Object.isFrozen(a.metadata)).toBe(true);
    const a2 = s.update('/configmaps', { ...a, data: { k: 'v' } });
    expect(a2.metadata.resourceVersion).toBe('3');
    expect(s.get('/configmaps', 'default', 'a')).toBe(a2);
    const gone = s.delete('/configmaps', 'default', 'a')!;
    expect(gone.metadata.resourceVersion).toBe('4');
    expect(s.get('/configmaps', 'default', 'a')).toBeUndefined();
    expect(s.count('/configmaps')).toBe(0);
  });

  it('leaves stored copies unfrozen when asked (the playground), still one copy per write', () => {
    const s = new Store({ freeze: false });
    const input = obj('a');
    const a = s.create('/configmaps', input);
    expect(Object.isFrozen(a)).toBe(false);
    expect(a).not.toBe(input);
    expect(s.freezes).toBe(false);
    expect(new Store().freezes).toBe(true);
  });

  it('lists one namespace without the others, sorted by name', () => {
    const s = new Store();
    s.create('/configmaps', obj('b'));
    s.create('/configmaps', obj('a'));
    s.create('/configmaps', obj('c', 'other'));
    expect(s.list('/configmaps', 'default').map((o) => o.metadata.name)).toEqual(['a', 'b']);
    expect(s.list('/configmaps').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['default/a', 'default/b', 'other/c']);
    s.delete('/configmaps', 'default', 'a');
    s.create('/configmaps', obj('0'));
    expect(s.list('/configmaps', 'default').map((o) => o.metadata.name)).toEqual(['0', 'b']);
  });

  it('secondary indexes follow updates and deletes', () => {
    const s = new Store();
    s.addIndex('/pods', 'node', (o) => (o.spec as { nodeName?: string } | undefined)?.nodeName ?? '');
    const p = s.create('/pods', obj('p', 'default', { spec: {} }));
    expect(s.byIndex('/pods', 'node', '').map((o) => o.metadata.name)).toEqual(['p']);
    s.update('/pods', { ...p, spec: { nodeName: 'n1' } });
    expect(s.byIndex('/pods', 'node', '')).toEqual([]);
    expect(s.byIndex('/pods', 'node', 'n1').map((o) => o.metadata.name)).toEqual(['p']);
    s.delete('/pods', 'default', 'p');
    expect(s.byIndex('/pods', 'node', 'n1')).toEqual([]);
  });

  it('replays history after a revision; older than the window is 410', () => {
    const s = new Store({ historySize: 2 });
    s.create('/configmaps', obj('a'));
    s.create('/configmaps', obj('b'));
    s.create('/configmaps', obj('c'));
    expect(s.eventsSince(2).map((e) => e.object.metadata.name)).toEqual(['c']);
    expect(s.eventsSince(1).map((e) => e.object.metadata.name)).toEqual(['b', 'c']);
    expect(() => s.eventsSince(0)).toThrow('too old resource version: 0 (1)');
  });

  it('a listener that writes does not overtake the event being delivered', () => {
    const s = new Store();
    const seenByA: string[] = [];
    const seenByB: string[] = [];
    s.subscribe('/configmaps', (e: StoreEvent) => {
      seenByA.push(`${e.type} ${e.object.metadata.name}`);
      if (e.object.metadata.name === 'a' && e.type === 'ADDED') s.create('/configmaps', obj('from-listener'));
    });
    s.subscribe('/configmaps', (e: StoreEvent) => seenByB.push(`${e.type} ${e.object.metadata.name}`));
    s.create('/configmaps', obj('a'));
    expect(seenByA).toEqual(['ADDED a', 'ADDED from-listener']);
    expect(seenByB).toEqual(['ADDED a', 'ADDED from-listener']);
  });
});
