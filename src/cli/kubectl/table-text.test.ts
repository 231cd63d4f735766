import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/types';
import { buildTable } from './printers';
import { renderTable } from './table-text';
import { DESCRIBE_TABWRITER, GET_TABWRITER, tabwrite } from './tabwriter';

const NOW = Date.UTC(2025, 0, 6, 9, 1, 0);
function pod(name: string, ns = 'default', labels?: Record<string, string>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, labels, creationTimestamp: '2025-01-06T09:00:00Z' },
    spec: { containers: [{ name: 'c', image: 'nginx' }] },
    status: { phase: 'Pending' },
  };
}

describe('Go tabwriter', () => {
  it('pads each column to its widest cell plus padding; the last cell is not padded', () => {
    // kubectl get: minwidth 6, so short columns still take 6
    expect(tabwrite('a\tbb\tc\nccc\td\te\n', GET_TABWRITER)).toBe('a     bb    c\nccc   d     e\n');
    expect(tabwrite('name-long\tx\n', GET_TABWRITER)).toBe('name-long   x\n');
  });

  it('a line without tabs ends a column block (describe alignment)', () => {
    const text = 'Name:\tx\nService Account:\tdefault\nIPs:\n  IP:\t1.2.3.4\nQoS:\tBestEffort\n';
    expect(tabwrite(text, DESCRIBE_TABWRITER)).toBe('Name:             x\nService Account:  default\nIPs:\n  IP:  1.2.3.4\nQoS:   BestEffort\n');
  });

  it('nested columns align only within their own block', () => {
    const text = 'A:\tx\n  Type\tStatus\n  Ready \tTrue \n';
    expect(tabwrite(text, DESCRIBE_TABWRITER)).toBe('A:        x\n  Type    Status\n  Ready   True \n');
  });
});

describe('renderTable (kubectl get text)', () => {
  it('prints UPPERCASE headers and rows aligned with 3 spaces', () => {
    const t = buildTable('pods', [pod('web-1'), pod('a')], NOW);
    expect(renderTable(t)).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE\n' +
      'web-1   0/1     Pending   0          60s\n' +
      'a       0/1     Pending   0          60s\n',
    );
  });

  it('shows priority>0 columns only with wide, NAMESPACE first with -A, LABELS last', () => {
    const t = buildTable('pods', [pod('a', 'kube-system', { app: 'x', tier: 'y' })], NOW);
    expect(renderTable(t, { withNamespace: true, showLabels: true })).toBe(
      'NAMESPACE     NAME   READY   STATUS    RESTARTS   AGE   LABELS\n' +
      'kube-system   a      0/1     Pending   0          60s   app=x,tier=y\n',
    );
    expect(renderTable(t, { wide: true }).split('\n')[0]).toBe('NAME   READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES');
  });

  it('prefixes names with the kind when several kinds are printed, and prints nothing for no rows', () => {
    const t = buildTable('pods', [pod('a')], NOW);
    expect(renderTable(t, { kindPrefix: 'pod', noHeaders: true })).toBe('pod/a   0/1   Pending   0     60s\n');
    expect(renderTable(buildTable('pods', [], NOW))).toBe('');
  });

  it('a Table is a meta.k8s.io/v1 Table with column definitions', () => {
    const t = buildTable('services', [], NOW, '42');
    expect(t.apiVersion).toBe('meta.k8s.io/v1');
    expect(t.kind).toBe('Table');
    expect(t.metadata.resourceVersion).toBe('42');
    expect(t.columnDefinitions.map((c) => [c.name, c.priority])).toEqual([['Name', 0], ['Type', 0], ['Cluster-IP', 0], ['External-IP', 0], ['Port(s)', 0], ['Age', 0], ['Selector', 1]]);
  });
});
