import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/types';
import { lineDiff, releaseOf, releaseRevisions } from './helm-release';

const secret = (name: string, version: number, status: string, ns = 'default'): KubeObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `sh.helm.release.v1.${name}.v${version}`, namespace: ns, labels: { owner: 'helm', name, version: String(version), status } } });

describe('the Helm release of an object', () => {
  it('comes from Helm\'s annotations, or from a release Secret\'s labels', () => {
    expect(releaseOf({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'w', namespace: 'team', annotations: { 'meta.helm.sh/release-name': 'my-wp', 'meta.helm.sh/release-namespace': 'team' } } })).toEqual({ name: 'my-wp', namespace: 'team' });
    expect(releaseOf(secret('my-wp', 2, 'deployed'))).toEqual({ name: 'my-wp', namespace: 'default' });
    expect(releaseOf({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'plain', namespace: 'default' } })).toBeUndefined();
  });

  it('lists the revisions in order, only those of that release and namespace', () => {
    const m = new Map([secret('my-wp', 10, 'deployed'), secret('my-wp', 2, 'superseded'), secret('other', 1, 'deployed'), secret('my-wp', 1, 'deployed', 'team')].map((s) => [`${s.metadata.namespace}/${s.metadata.name}`, s]));
    expect(releaseRevisions(m, 'my-wp', 'default').map((r) => [r.version, r.status])).toEqual([[2, 'superseded'], [10, 'deployed']]);
  });
});

describe('lineDiff', () => {
  it('marks removed and added lines, with unchanged lines only near a change', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'replicas: 1', 'i'].join('\n');
    const after = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'replicas: 2', 'i'].join('\n');
    expect(lineDiff(before, after, 1)).toEqual([
      { op: ' ', text: 'h' },
      { op: '-', text: 'replicas: 1' },
      { op: '+', text: 'replicas: 2' },
      { op: ' ', text: 'i' },
    ]);
    expect(lineDiff('x', 'x')).toEqual([]);
  });
});
