import { describe, expect, it } from 'vitest';
import { mergePatch } from './merge';
import { applyJsonPatch } from './json-patch';
import { strategicMergePatch } from './strategic';

describe('JSON merge patch (RFC 7386)', () => {
  it('merges objects, null deletes, lists replace', () => {
    const doc = { a: 1, b: { c: 2, d: 3 }, l: [1, 2] };
    expect(mergePatch(doc, { b: { c: null, e: 4 }, l: [3] })).toEqual({ a: 1, b: { d: 3, e: 4 }, l: [3] });
    expect(doc.b).toEqual({ c: 2, d: 3 });
  });
});

describe('JSON patch (RFC 6902)', () => {
  const doc = { spec: { replicas: 1, containers: [{ name: 'a' }, { name: 'b' }] } };
  it('add, replace, remove, move, copy, test', () => {
    expect(
      applyJsonPatch(doc, [
        { op: 'replace', path: '/spec/replicas', value: 3 },
        { op: 'add', path: '/spec/containers/-', value: { name: 'c' } },
        { op: 'remove', path: '/spec/containers/0' },
        { op: 'copy', from: '/spec/replicas', path: '/spec/copy' },
        { op: 'move', from: '/spec/copy', path: '/spec/moved' },
        { op: 'test', path: '/spec/moved', value: 3 },
        { op: 'add', path: '/metadata', value: { labels: { 'a/b': 'x' } } },
        { op: 'replace', path: '/metadata/labels/a~1b', value: 'y' },
      ]),
    ).toEqual({ spec: { replicas: 3, containers: [{ name: 'b' }, { name: 'c' }], moved: 3 }, metadata: { labels: { 'a/b': 'y' } } });
    expect(doc.spec.replicas).toBe(1);
  });

  it('failing tests and missing paths are errors', () => {
    expect(() => applyJsonPatch(doc, [{ op: 'test', path: '/spec/replicas', value: 2 }])).toThrow('test failed');
    expect(() => applyJsonPatch(doc, [{ op: 'remove', path: '/spec/nope' }])).toThrow('missing');
    expect(() => applyJsonPatch(doc, { op: 'add' })).toThrow();
  });
});

describe('strategic merge patch', () => {
  const pod = {
    spec: {
      containers: [
        { name: 'app', image: 'nginx:1', ports: [{ containerPort: 80, protocol: 'TCP' }], env: [{ name: 'A', value: '1' }] },
        { name: 'side', image: 'busybox' },
      ],
      tolerations: [{ key: 'x', operator: 'Exists' }],
    },
    metadata: { finalizers: ['a'] },
  };

  it('merges containers by name, env by name, ports by containerPort', () => {
    const out = strategicMergePatch(pod, {
      spec: { containers: [{ name: 'app', image: 'nginx:2', env: [{ name: 'B', value: '2' }], ports: [{ containerPort: 443 }] }] },
    }) as typeof pod;
    expect(out.spec.containers).toEqual([
      { name: 'app', image: 'nginx:2', ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 443 }], env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] },
      { name: 'side', image: 'busybox' },
    ]);
  });

  it('$patch: delete removes a list element; lists without a merge key replace; finalizers merge', () => {
    const out = strategicMergePatch(pod, {
      $setElementOrder: {},
      spec: { containers: [{ name: 'side', $patch: 'delete' }], tolerations: [{ key: 'y', operator: 'Exists' }] },
      metadata: { finalizers: ['b'] },
    }) as typeof pod;
    expect(out.spec.containers.map((c) => c.name)).toEqual(['app']);
    expect(out.spec.tolerations).toEqual([{ key: 'y', operator: 'Exists' }]);
    expect(out.metadata.finalizers).toEqual(['a', 'b']);
  });

  it('service ports merge by port', () => {
    const svc = { spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } };
    expect(strategicMergePatch(svc, { spec: { ports: [{ port: 80, targetPort: 9090 }] } })).toEqual({ spec: { ports: [{ port: 80, targetPort: 9090 }, { port: 443 }] } });
  });
});
