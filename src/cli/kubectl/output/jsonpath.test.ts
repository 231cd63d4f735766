import { describe, expect, it } from 'vitest';
import { executeJsonPath, parsePath, evaluate } from './jsonpath';

const list = {
  kind: 'List',
  items: [
    { metadata: { name: 'a', labels: { app: 'web', 'app.kubernetes.io/name': 'x' } }, spec: { containers: [{ image: 'nginx' }, { image: 'busybox' }] }, status: { conditions: [{ type: 'Ready', status: 'True' }, { type: 'PodScheduled', status: 'True' }] } },
    { metadata: { name: 'b', labels: { app: 'db' } }, spec: { containers: [{ image: 'redis' }] }, status: { conditions: [{ type: 'Ready', status: 'False' }] } },
  ],
};

describe('jsonpath', () => {
  it('fields, indexes, wildcards and literal text', () => {
    expect(executeJsonPath('{.items[0].metadata.name}', list)).toBe('a');
    expect(executeJsonPath('{.items[-1].metadata.name}', list)).toBe('b');
    expect(executeJsonPath('{.items[*].metadata.name}', list)).toBe('a b');
    expect(executeJsonPath('names: {.items[*].metadata.name}{"\\n"}', list)).toBe('names: a b\n');
    expect(executeJsonPath("{.items[0].metadata.labels['app.kubernetes.io/name']}", list)).toBe('x');
    expect(executeJsonPath('{.items[0].metadata.labels.app\\.kubernetes\\.io/name}', list)).toBe('x');
  });

  it('recursive descent, filters, range', () => {
    expect(executeJsonPath('{..image}', list)).toBe('nginx busybox redis');
    expect(executeJsonPath('{.items[*].status.conditions[?(@.type=="Ready")].status}', list)).toBe('True False');
    expect(executeJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.spec.containers[0].image}{"\\n"}{end}', list)).toBe('a\tnginx\nb\tredis\n');
  });

  it('prints maps and lists as JSON and missing keys as nothing', () => {
    expect(executeJsonPath('{.items[1].metadata.labels}', list)).toBe('{"app":"db"}');
    expect(executeJsonPath('{.items[0].spec.nope}', list)).toBe('');
    expect(evaluate(parsePath('.kind'), [list])).toEqual(['List']);
  });
});
