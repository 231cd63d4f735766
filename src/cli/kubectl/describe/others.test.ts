import { describe, expect, it } from 'vitest';
import { R } from '../../../sim/api/resources';
import type { KubeObject } from '../../../sim/api/types';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

describe('kubectl describe service / namespace / replicaset', () => {
  it('service: ports with target and node ports, ready endpoints from its EndpointSlices', async () => {
    const t = testContext({
      'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n    nodePort: 30080\n',
    });
    await runCommand('kubectl apply -f svc.yaml', t.ctx);
    await t.ctx.client.create(R.endpointslices, 'default', {
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'web-abcde', labels: { 'kubernetes.io/service-name': 'web' } },
      addressType: 'IPv4',
      ports: [{ name: '', port: 8080, protocol: 'TCP' }],
      endpoints: [
        { addresses: ['10.244.0.5'], conditions: { ready: true } },
        { addresses: ['10.244.2.9'], conditions: { ready: false } }, // not ready: not listed
        { addresses: ['10.244.1.3'], conditions: { ready: true } },
      ],
    } as KubeObject);
    const svc = await t.ctx.client.get(R.services, 'default', 'web');
    const ip = (svc.spec as { clusterIP: string }).clusterIP;
    const out = (await runCommand('kubectl describe svc web', t.ctx)).stdout;
    const pad = (s: string) => s.padEnd(26);
    expect(out).toBe(
      [
        `${pad('Name:')}web`,
        `${pad('Namespace:')}default`,
        `${pad('Labels:')}<none>`,
        `${pad('Annotations:')}<none>`,
        `${pad('Selector:')}app=web`,
        `${pad('Type:')}NodePort`,
        `${pad('IP Family Policy:')}SingleStack`,
        `${pad('IP Families:')}IPv4`,
        `${pad('IP:')}${ip}`,
        `${pad('IPs:')}${ip}`,
        `${pad('Port:')}<unset>  80/TCP`,
        `${pad('TargetPort:')}8080/TCP`,
        `${pad('NodePort:')}<unset>  30080/TCP`,
        `${pad('Endpoints:')}10.244.0.5:8080,10.244.1.3:8080`,
        `${pad('Session Affinity:')}None`,
        `${pad('External Traffic Policy:')}Cluster`,
        `${pad('Internal Traffic Policy:')}Cluster`,
        `${pad('Events:')}<none>`,
        '',
      ].join('\n'),
    );
  });

  it('namespace: labels, status and the quota notes', async () => {
    const t = testContext();
    expect((await runCommand('kubectl describe ns default', t.ctx)).stdout).toBe(
      'Name:         default\nLabels:       kubernetes.io/metadata.name=default\nAnnotations:  <none>\nStatus:       Active\n\nNo resource quota.\n\nNo LimitRange resource.\n',
    );
  });

  it('replicaset: replicas, pod phases and the pod template', async () => {
    const t = testContext();
    await t.ctx.client.create(R.replicasets, 'default', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-abc', labels: { app: 'web' } },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
    } as KubeObject);
    const out = (await runCommand('kubectl describe rs web-abc', t.ctx)).stdout;
    expect(out).toContain('Name:         web-abc\nNamespace:    default\nSelector:     app=web\nLabels:       app=web\nAnnotations:  <none>\nReplicas:     0 current / 2 desired\nPods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed\nPod Template:\n  Labels:  app=web\n  Containers:\n   web:\n    Image:         nginx\n');
    expect(out.endsWith('Events:            <none>\n')).toBe(true);
  });
});
