import { describe, expect, it } from 'vitest';
import { toGoJsonCompact, toKubectlJson } from './json';
import { toKubectlYaml } from './yaml';

describe('-o yaml (sigs.k8s.io/yaml style)', () => {
  it('sorts keys, does not indent sequences under their key, prints {} and []', () => {
    const obj = { kind: 'Pod', apiVersion: 'v1', metadata: { name: 'a', labels: {} }, spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }], volumes: [] } };
    expect(toKubectlYaml(obj)).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {}\n  name: a\nspec:\n  containers:\n  - image: nginx\n    name: c\n    ports:\n    - containerPort: 80\n  volumes: []\n',
    );
  });

  it('double-quotes strings that would read as other types, single-quotes what plain YAML cannot carry', () => {
    const y = toKubectlYaml({ a: '1', b: 'true', c: '2025-01-06T09:00:00Z', d: '', e: 'containers with unready status: [nginx]', f: 'nginx:1.27', g: '*', h: 'yes', i: null, j: 3, k: false });
    expect(y).toBe(`a: "1"\nb: "true"\nc: "2025-01-06T09:00:00Z"\nd: ""\ne: 'containers with unready status: [nginx]'\nf: nginx:1.27\ng: '*'\nh: "yes"\ni: null\nj: 3\nk: false\n`);
  });

  it('prints multi-line strings as literal blocks', () => {
    expect(toKubectlYaml({ a: { b: 'line1\nline2\n' }, c: 'x\ny' })).toBe('a:\n  b: |\n    line1\n    line2\nc: |-\n  x\n  y\n');
  });
});

describe('-o json (encoding/json MarshalIndent, 4 spaces)', () => {
  it('sorts keys, escapes <>& like Go, prints empty collections inline', () => {
    expect(toKubectlJson({ b: [], a: { y: 'a&b<c>' }, c: {} })).toBe('{\n    "a": {\n        "y": "a\\u0026b\\u003cc\\u003e"\n    },\n    "b": [],\n    "c": {}\n}\n');
  });

  it('compact form for last-applied-configuration', () => {
    expect(toGoJsonCompact({ metadata: { name: 'a', annotations: {} }, apiVersion: 'v1', n: [1, true] })).toBe('{"apiVersion":"v1","metadata":{"annotations":{},"name":"a"},"n":[1,true]}');
  });
});

describe('-o yaml line folding (go-yaml v2 best width 80)', () => {
  it('breaks long plain and single-quoted strings at the first space past column 80, two spaces deeper', () => {
    const message = 'Failed to pull image "busybox:1.28": rpc error: code = NotFound desc = failed to pull and unpack image';
    expect(toKubectlYaml({ status: { conditions: [{ message }] } })).toBe(
      'status:\n  conditions:\n  - message: \'Failed to pull image "busybox:1.28": rpc error: code = NotFound desc\n      = failed to pull and unpack image\'\n',
    );
    const plain = 'word '.repeat(20).trim();
    // after 16 words the line is 82 columns long, so the next space breaks
    expect(toKubectlYaml({ a: plain })).toBe(`a: ${'word '.repeat(15)}word\n  ${'word '.repeat(3)}word\n`);
    expect(toKubectlYaml({ a: 'x'.repeat(100) })).toBe(`a: ${'x'.repeat(100)}\n`);
  });
});
