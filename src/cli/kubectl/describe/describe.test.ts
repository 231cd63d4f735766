import { describe, expect, it } from 'vitest';
import { R } from '../../../sim/api/resources';
import type { KubeObject } from '../../../sim/api/types';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app: myapp
    tier: web
spec:
  nodeName: aks-nodepool1-0
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo Hello && sleep 3600']
    env:
    - name: GREETING
      value: hi
    readinessProbe:
      httpGet:
        path: /
        port: 80
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    emptyDir: {}
`;

async function runningPod() {
  const t = testContext({ 'pod.yaml': POD });
  await runCommand('kubectl apply -f pod.yaml', t.ctx);
  const pod = await t.ctx.client.get(R.pods, 'default', 'myapp-pod');
  // what the scheduler and kubelet would have written
  await t.ctx.client.updateStatus(R.pods, 'default', {
    ...pod,
    status: {
      phase: 'Running',
      hostIP: '10.224.0.4',
      podIP: '10.244.0.7',
      podIPs: [{ ip: '10.244.0.7' }],
      startTime: '2025-01-06T09:00:00Z',
      qosClass: 'BestEffort',
      conditions: [
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: 'True' },
        { type: 'PodScheduled', status: 'True' },
      ],
      containerStatuses: [
        { name: 'myapp-container', ready: true, restartCount: 0, image: 'busybox:1.28', imageID: 'docker.io/library/busybox@sha256:abc', containerID: 'containerd://123', state: { running: { startedAt: '2025-01-06T09:00:03Z' } } },
      ],
    },
  } as KubeObject);
  return t;
}

describe('kubectl describe pod', () => {
  it('lays the pod out as kubectl does, with <none> where empty and Events at the bottom', async () => {
    const t = await runningPod();
    const event = (name: string, reason: string, message: string, at: string, from: string) => t.ctx.client.create(R.events, 'default', {
      apiVersion: 'v1', kind: 'Event', metadata: { name, namespace: 'default' },
      involvedObject: { kind: 'Pod', name: 'myapp-pod', namespace: 'default' }, reason, message, type: 'Normal', count: 1,
      firstTimestamp: at, lastTimestamp: at, source: { component: from },
    } as KubeObject);
    await event('myapp-pod.2', 'Pulled', 'Container image "busybox:1.28" already present on machine', '2025-01-06T09:00:02Z', 'kubelet');
    await event('myapp-pod.1', 'Scheduled', 'Successfully assigned default/myapp-pod to aks-nodepool1-0', '2025-01-06T09:00:00Z', 'default-scheduler');
    t.clock.advance(30_000);
    const r = await runCommand('kubectl describe pod myapp-pod', t.ctx);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Name:             myapp-pod
Namespace:        default
Priority:         0
Service Account:  default
Node:             aks-nodepool1-0/10.224.0.4
Start Time:       Mon, 06 Jan 2025 09:00:00 +0000
Labels:           app=myapp
                  tier=web
Annotations:      <none>
Status:           Running
IP:               10.244.0.7
IPs:
  IP:  10.244.0.7
Containers:
  myapp-container:
    Container ID:  containerd://123
    Image:         busybox:1.28
    Image ID:      docker.io/library/busybox@sha256:abc
    Port:          <none>
    Host Port:     <none>
    Command:
      sh
      -c
      echo Hello && sleep 3600
    State:          Running
      Started:      Mon, 06 Jan 2025 09:00:03 +0000
    Ready:          True
    Restart Count:  0
    Readiness:      http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3
    Environment:
      GREETING:  hi
    Mounts:
      /data from data (rw)
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-rlmrm (ro)
Conditions:
  Type           Status
  Initialized    True 
  Ready          True 
  PodScheduled   True 
Volumes:
  data:
    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:     
    SizeLimit:  <unset>
  kube-api-access-rlmrm:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age   From               Message
  ----    ------     ----  ----               -------
  Normal  Scheduled  30s   default-scheduler  Successfully assigned default/myapp-pod to aks-nodepool1-0
  Normal  Pulled     28s   kubelet            Container image "busybox:1.28" already present on machine
`);
  });

  it('describes every pod whose name starts with the argument', async () => {
    const t = await runningPod();
    const r = await runCommand('kubectl describe pod myapp', t.ctx);
    expect(r.stdout.startsWith('Name:             myapp-pod\n')).toBe(true);
    // no events: `Events:\t<none>` joins the block above it, as upstream's tabwriter aligns it
    expect(r.stdout.endsWith('Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:                      <none>\n')).toBe(true);
  });
});
