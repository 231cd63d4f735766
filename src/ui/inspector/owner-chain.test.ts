import { describe, expect, it } from 'vitest';
import { ownedBy, ownerChain } from './owner-chain';
import { add, deployment, pod, replicaSet } from '../graph/fixtures.test-util';

describe('ownerChain', () => {
  const d = deployment('web');
  const rs = replicaSet('web-5d4f', d);
  const p = pod('web-5d4f-x2k4p', { owner: rs });

  it('walks Pod → ReplicaSet → Deployment by controller ownerReferences', () => {
    const objects = add({}, d, rs, p);
    expect(ownerChain(p, objects)).toEqual([
      { ref: { kind: 'ReplicaSet', namespace: 'default', name: 'web-5d4f' }, uid: 'uid-web-5d4f', found: true },
      { ref: { kind: 'Deployment', namespace: 'default', name: 'web' }, uid: 'uid-web', found: true },
    ]);
  });

  it('marks an owner that is gone (or replaced by a new object of the same name) as not found, and stops there', () => {
    expect(ownerChain(p, add({}, p))).toEqual([{ ref: { kind: 'ReplicaSet', namespace: 'default', name: 'web-5d4f' }, uid: 'uid-web-5d4f', found: false }]);
    const impostor = { ...rs, metadata: { ...rs.metadata, uid: 'another-uid' } };
    expect(ownerChain(p, add({}, impostor, d, p)).map((s) => s.found)).toEqual([false]);
  });

  it('is empty for a bare pod', () => {
    expect(ownerChain(pod('alone'), {})).toEqual([]);
  });

  it('finds what an owner owns, by uid', () => {
    const other = pod('other', { owner: replicaSet('other-rs', deployment('other')) });
    const objects = add({}, d, rs, p, other);
    expect(ownedBy(d, objects, ['ReplicaSet', 'Pod']).map((o) => o.metadata.name)).toEqual(['web-5d4f']);
    expect(ownedBy(rs, objects, ['ReplicaSet', 'Pod']).map((o) => o.metadata.name)).toEqual(['web-5d4f-x2k4p']);
  });
});
