import { describe, expect, it } from 'vitest';
import { R } from '../../../sim/api/resources';
import type { KubeObject } from '../../../sim/api/types';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
`;

describe('kubectl describe deployment', () => {
  it('prints replicas, strategy, the pod template, conditions and the new ReplicaSet', async () => {
    const t = testContext({ 'd.yaml': DEPLOY });
    await runCommand('kubectl apply -f d.yaml', t.ctx);
    const d = await t.ctx.client.get(R.deployments, 'default', 'web');
    const template = structuredClone((d.spec as { template: { metadata: { labels: Record<string, string> } } }).template);
    template.metadata.labels['pod-template-hash'] = '7d9f8c6b5';
    await t.ctx.client.create(R.replicasets, 'default', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet',
      metadata: { name: 'web-7d9f8c6b5', labels: { app: 'web', 'pod-template-hash': '7d9f8c6b5' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid!, controller: true }] },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web', 'pod-template-hash': '7d9f8c6b5' } }, template },
    } as KubeObject);
    const rs = await t.ctx.client.get(R.replicasets, 'default', 'web-7d9f8c6b5');
    await t.ctx.client.updateStatus(R.replicasets, 'default', { ...rs, status: { replicas: 2, readyReplicas: 2, availableReplicas: 2 } });
    await t.ctx.client.updateStatus(R.deployments, 'default', {
      ...d,
      status: { replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, conditions: [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }, { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }] },
    });
    const r = await runCommand('kubectl describe deploy web', t.ctx);
    expect(r.stdout).toBe(`Name:                   web
Namespace:              default
CreationTimestamp:      Mon, 06 Jan 2025 09:00:00 +0000
Labels:                 <none>
Annotations:            <none>
Selector:               app=web
Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=web
  Containers:
   web:
    Image:         nginx:1.27
    Port:          80/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   web-7d9f8c6b5 (2/2 replicas created)
Events:          <none>
`);
  });
});
