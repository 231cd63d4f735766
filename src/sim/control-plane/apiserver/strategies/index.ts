// The per-kind strategies one ApiServer uses. Strategies with state (IP and port allocators) are
// created per server so that two simulated clusters never share it.
import type { Strategy } from '../strategy';
import { NodePortAllocator, ServiceIPAllocator } from '../allocators';
import { namespaceStrategy } from './namespace';
import { serviceStrategy } from './service';
import { podStrategy } from './pod';
import { daemonSetStrategy, deploymentStrategy, replicaSetStrategy, statefulSetStrategy } from './apps';
import { cronJobStrategy, jobStrategy } from './batch';
import { pdbStrategy } from './policy';
import { pvcStrategy, pvStrategy, storageClassStrategy } from './storage';
import { ingressClassStrategy, ingressStrategy } from './networking';
import { nodeStrategy } from './node';
import { configMapStrategy, secretStrategy } from './config';
import { hpaStrategy, limitRangeStrategy, resourceQuotaStrategy } from './quota';

export function createStrategies(): Map<string, Strategy> {
  return new Map<string, Strategy>([
    ['Namespace', namespaceStrategy],
    ['Node', nodeStrategy],
    ['Service', serviceStrategy(new ServiceIPAllocator('10.0.0.0/16'), new NodePortAllocator(30000, 32767))],
    ['Pod', podStrategy],
    ['Deployment', deploymentStrategy],
    ['ReplicaSet', replicaSetStrategy],
    ['ConfigMap', configMapStrategy],
    ['Secret', secretStrategy],
    ['StatefulSet', statefulSetStrategy],
    ['DaemonSet', daemonSetStrategy],
    ['Job', jobStrategy],
    ['CronJob', cronJobStrategy],
    ['PodDisruptionBudget', pdbStrategy],
    ['PersistentVolumeClaim', pvcStrategy],
    ['PersistentVolume', pvStrategy],
    ['StorageClass', storageClassStrategy],
    ['Ingress', ingressStrategy],
    ['IngressClass', ingressClassStrategy],
    ['ResourceQuota', resourceQuotaStrategy],
    ['LimitRange', limitRangeStrategy],
    ['HorizontalPodAutoscaler', hpaStrategy],
  ]);
}
