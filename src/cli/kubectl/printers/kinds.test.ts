import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../sim/api/types';
import { deploymentPrinter } from './deployments';
import { formatEndpoints } from './endpoints';
import { eventPrinter } from './events';
import { nodePrinter } from './nodes';
import { replicaSetPrinter } from './replicasets';
import { serviceExternalIP, servicePorts, servicePrinter } from './services';
import { formatLabelSelector } from './table';

const NOW = Date.UTC(2025, 0, 6, 9, 5, 0);
const meta = { name: 'x', namespace: 'default', creationTimestamp: '2025-01-06T09:00:00Z' };
const obj = (o: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'X', metadata: meta, ...o }) as KubeObject;

describe('printers per kind', () => {
  it('deployment: READY ready/desired, then up-to-date, available, age, wide columns', () => {
    const d = obj({
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'web', image: 'nginx:1.27' }, { name: 'log', image: 'busybox' }] } } },
      status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
    });
    expect(deploymentPrinter.cells(d, NOW)).toEqual(['x', '2/3', 3, 2, '5m', 'web,log', 'nginx:1.27,busybox', 'app=web']);
  });

  it('replicaset: desired, current, ready', () => {
    const rs = obj({ spec: { replicas: 2, selector: { matchLabels: { app: 'web', 'pod-template-hash': 'abc' } } }, status: { replicas: 2 } });
    expect(replicaSetPrinter.cells(rs, NOW).slice(0, 5)).toEqual(['x', 2, 2, 0, '5m']);
  });

  it('label selectors print sorted by key, expressions in kubectl syntax', () => {
    expect(formatLabelSelector({ matchLabels: { z: '1', a: '2' }, matchExpressions: [{ key: 'm', operator: 'In', values: ['b', 'a'] }, { key: 'n', operator: 'DoesNotExist' }] })).toBe('a=2,m in (a,b),!n,z=1');
    expect(formatLabelSelector(undefined)).toBe('<none>');
    expect(formatLabelSelector({})).toBe('<none>');
  });

  it('service: PORT(S) with node ports, EXTERNAL-IP per type', () => {
    const np = obj({ spec: { type: 'NodePort', clusterIP: '10.0.12.7', ports: [{ port: 8080, nodePort: 30893, protocol: 'TCP' }, { port: 53, protocol: 'UDP' }], selector: { app: 'web' } } });
    expect(servicePrinter.cells(np, NOW)).toEqual(['x', 'NodePort', '10.0.12.7', '<none>', '8080:30893/TCP,53/UDP', '5m', 'app=web']);
    const lb = { spec: { type: 'LoadBalancer' as const, ports: [] }, status: {} };
    expect(serviceExternalIP(lb, false)).toBe('<pending>');
    expect(serviceExternalIP({ ...lb, status: { loadBalancer: { ingress: [{ ip: '20.1.2.3' }] } } }, false)).toBe('20.1.2.3');
    expect(serviceExternalIP({ spec: { type: 'ExternalName', externalName: 'db.example.com' } }, false)).toBe('db.example.com');
    expect(servicePorts({ spec: {} })).toBe('<none>');
  });

  it('node: STATUS from Ready (+SchedulingDisabled), ROLES from labels', () => {
    const n = obj({
      metadata: { ...meta, labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'agent' } },
      spec: { unschedulable: true },
      status: { conditions: [{ type: 'Ready', status: 'Unknown' }], nodeInfo: { kubeletVersion: 'v1.32.4' }, addresses: [{ type: 'InternalIP', address: '10.224.0.4' }] },
    });
    expect(nodePrinter.cells(n, NOW)).toEqual(['x', 'NotReady,SchedulingDisabled', 'agent,control-plane', '5m', 'v1.32.4', '10.224.0.4', '<none>', '<unknown>', '<unknown>', '<unknown>']);
    expect(nodePrinter.cells(obj({ status: {} }), NOW)[1]).toBe('Unknown');
  });

  it('endpoints: ip:port, at most three, then "+ N more..."', () => {
    const ep = { subsets: [{ addresses: [{ ip: '10.0.0.1' }, { ip: '10.0.0.2' }], ports: [{ port: 80 }, { port: 443 }] }] };
    expect(formatEndpoints(ep)).toBe('10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 1 more...');
    expect(formatEndpoints({})).toBe('<none>');
  });

  it('event: LAST SEEN, TYPE, REASON, kind/name OBJECT, then the wide cells', () => {
    const ev = obj({
      metadata: { ...meta, name: 'web.17f' },
      involvedObject: { kind: 'Pod', name: 'web', fieldPath: 'spec.containers{web}' },
      reason: 'Pulled', type: 'Normal', message: ' Successfully pulled image ', count: 3,
      firstTimestamp: '2025-01-06T09:00:00Z', lastTimestamp: '2025-01-06T09:04:00Z', source: { component: 'kubelet', host: 'node-1' },
    });
    expect(eventPrinter.cells(ev, NOW)).toEqual(['60s', 'Normal', 'Pulled', 'pod/web', 'spec.containers{web}', 'kubelet, node-1', 'Successfully pulled image', '5m', 3, 'web.17f']);
  });
});

describe('config printers', () => {
  it('configmap DATA counts data and binaryData; secret TYPE and DATA; serviceaccount SECRETS', async () => {
    const { configMapPrinter, secretPrinter, serviceAccountPrinter } = await import('./config');
    expect(configMapPrinter.cells(obj({ data: { a: '1', b: '2' }, binaryData: { c: 'AA==' } }), NOW)).toEqual(['x', 3, '5m']);
    expect(secretPrinter.cells(obj({ type: 'Opaque', data: { p: 'cA==' } }), NOW)).toEqual(['x', 'Opaque', 1, '5m']);
    expect(serviceAccountPrinter.cells(obj({}), NOW)).toEqual(['x', 0, '5m']);
  });
});
