import { describe, expect, it } from 'vitest';
import { describeGeneric, smartLabel, splitCamel } from './generic';

describe('generic describer', () => {
  it('labels fields as kubectl does', () => {
    expect(splitCamel('HTTPServer')).toEqual(['HTTP', 'Server']);
    expect(smartLabel('apiVersion')).toBe('API Version');
    expect(smartLabel('involvedObject')).toBe('Involved Object');
    expect(smartLabel('uid')).toBe('UID');
    expect(smartLabel('ipv4')).toBe('ipv4'); // a digit: left alone
  });

  it('prints every field sorted, nested maps and lists indented, nulls as <nil>', () => {
    const out = describeGeneric(
      { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'n1', namespace: 'kube-node-lease', uid: 'u', managedFields: [{}] }, spec: { holderIdentity: 'n1', renewTime: null, tags: ['a', 'b'] } } as never,
      [],
      0,
    );
    expect(out).toBe(
      [
        'Name:         n1',
        'Namespace:    kube-node-lease',
        'Labels:       <none>',
        'Annotations:  <none>',
        'API Version:  coordination.k8s.io/v1',
        'Kind:         Lease',
        'Metadata:',
        '  UID:  u',
        'Spec:',
        '  Holder Identity:  n1',
        '  Renew Time:       <nil>',
        '  Tags:',
        '    a',
        '    b',
        'Events:  <none>', // a line without a tab ended the aligned block
        '',
      ].join('\n'),
    );
  });
});
