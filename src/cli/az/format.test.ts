import { describe, expect, it } from 'vitest';
import { output, toTable, toTsv } from './format';
import { applyQuery } from './query';

// Expected texts are what python-tabulate 0.10 prints for the same rows with knack's call
// (tabulate(rows, headers="keys", tablefmt="simple", disable_numparse=True)), run once by hand.
describe('az -o table (python-tabulate "simple")', () => {
  it('makes a column as wide as its header plus two when the cells are narrower', () => {
    expect(toTable([{ Name: 'nodepool1', OsType: 'Linux', Count: 3 }, { Name: 'userpool', OsType: 'Linux', Count: 12 }])).toBe(
      'Name       OsType    Count\n---------  --------  -------\nnodepool1  Linux     3\nuserpool   Linux     12\n',
    );
  });

  it('lets a wider cell set the width and cuts trailing blanks', () => {
    expect(toTable([{ Name: 'myAKSCluster', Location: 'japaneast', ResourceGroup: 'myResourceGroup', KubernetesVersion: '1.32.6' }])).toBe(
      'Name          Location    ResourceGroup    KubernetesVersion\n------------  ----------  ---------------  -------------------\nmyAKSCluster  japaneast   myResourceGroup  1.32.6\n',
    );
  });

  it('prints nothing for no rows', () => {
    expect(toTable([])).toBe('');
  });
});

describe('az -o tsv (knack _TsvOutput)', () => {
  it('prints values in sorted key order, None for null, list lengths, empty fields for objects', () => {
    expect(toTsv({ b: null, a: 'x', c: [1, 2, 3], d: { e: 1 }, f: true, g: 3 })).toBe('x\tNone\t3\t\tTrue\t3\n');
  });

  it("keeps a multiselect hash's own key order", () => {
    const v = applyQuery([{ name: 'nodepool1', count: 3 }], '[].{name:name,count:count}');
    expect('value' in v && toTsv(v.value)).toBe('nodepool1\t3\n');
  });
});

describe('az output of a query', () => {
  it('prints nothing when the query matched nothing', () => {
    expect(output('tsv', { a: 1 }, () => [], 'missing').stdout).toBe('');
    expect(output('json', { a: 1 }, () => [], 'missing').stdout).toBe('');
  });

  it('a generic table leaves out id, type and etag, and null cells', () => {
    expect(output('table', [{ id: '/x', name: 'a', type: 't', n: null }, { name: 'b', n: 2 }], () => [], '[]').stdout).toBe('Name    N\n------  ---\na\nb       2\n');
  });
});
