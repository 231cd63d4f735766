import { describe, expect, it } from 'vitest';
import { toTable } from './format';

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
