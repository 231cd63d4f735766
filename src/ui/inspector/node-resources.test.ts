import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../sim/api/types';
import { nodeResources, podsOnNode } from './node-resources';
import { add, node, pod } from '../graph/fixtures.test-util';

function withRequests(p: ReturnType<typeof pod>, cpu: string, memory: string): Pod {
  const q = p as Pod;
  return { ...q, spec: { ...q.spec!, containers: [{ name: 'app', image: 'nginx', resources: { requests: { cpu, memory } } }] } };
}

describe('nodeResources', () => {
  it('sums the requests of the non-terminal pods on the node, as describe node does', () => {
    const n = node('n1') as Node;
    const objects = add({},
      withRequests(pod('a', { nodeName: 'n1', phase: 'Running' }), '500m', '256Mi') as never,
      withRequests(pod('b', { nodeName: 'n1', phase: 'Running' }), '450m', '256Mi') as never,
      withRequests(pod('done', { nodeName: 'n1', phase: 'Succeeded' }), '1', '1Gi') as never,
      withRequests(pod('elsewhere', { nodeName: 'n2', phase: 'Running' }), '1', '1Gi') as never);
    const pods = podsOnNode('n1', objects.Pod);
    expect(pods.map((p) => p.metadata?.name)).toEqual(['a', 'b', 'done']);
    expect(nodeResources(n, pods)).toEqual([
      { resource: 'cpu', capacity: '2', allocatable: '1900m', requested: '950m (50%)' },
      { resource: 'memory', capacity: '7110656Ki', allocatable: '5368128Ki', requested: '512Mi (9%)' },
      { resource: 'pods', capacity: '110', allocatable: '110', requested: '2 (1%)' },
    ]);
  });
});
