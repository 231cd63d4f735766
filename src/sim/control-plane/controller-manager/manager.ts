// kube-controller-manager: starts every controller on the shared informers.
// mirrors cmd/kube-controller-manager/app/controllermanager.go (NewControllerDescriptors)
import type { Clock, Rng } from '../../clock';
import type { SyncKubeApi } from '../../api/client';
import type { KubeObject } from '../../api/types';
import { R } from '../../api/resources';
import type { InformerFactory } from './informer';
import type { RecordEvent } from './events';
import { ReplicaSetController } from './replicaset/replicaset';
import { DeploymentController } from './deployment/deployment';
import { GarbageCollector } from './garbage-collector/garbage-collector';
import { EndpointsController } from './endpoints/endpoints';
import { EndpointSliceController } from './endpointslice/endpointslice';
import { StatefulSetController } from './statefulset/statefulset';
import { PersistentVolumeController } from './volume/pv-controller';
import { PvcProtectionController } from './pvc-protection/pvc-protection';
import { DaemonSetController } from './daemonset/daemonset';
import { NamespaceController } from './namespace/namespace';
import { NodeLifecycleController } from './node-lifecycle/node-lifecycle';
import { JobController } from './job/job';
import { CronJobController } from './cronjob/cronjob';
import { DisruptionController } from './disruption/disruption';
import { ResourceQuotaController } from './resourcequota/resourcequota';
import { HorizontalController } from './podautoscaler/horizontal';

export interface ControllerDeps {
  api: SyncKubeApi;
  clock: Clock;
  rng: Rng;
  informers: InformerFactory;
  record: RecordEvent;
}

export interface Controllers {
  /** an object by kind from the informer caches (for owner chains) */
  lookup(kind: string, namespace: string, name: string): KubeObject | undefined;
}

export function startControllers(deps: ControllerDeps): Controllers {
  const rs = new ReplicaSetController(deps);
  const deployments = new DeploymentController(deps);
  const daemonsets = new DaemonSetController(deps);
  new GarbageCollector(deps, [R.daemonsets, R.jobs, R.cronjobs, R.statefulsets, R.controllerrevisions]);
  new EndpointsController(deps);
  new EndpointSliceController(deps);
  const statefulsets = new StatefulSetController(deps);
  new PersistentVolumeController(deps);
  new PvcProtectionController(deps);
  new NamespaceController(deps);
  new NodeLifecycleController(deps);
  const jobs = new JobController(deps);
  const cronjobs = new CronJobController(deps);
  const controllers: Controllers = {
    lookup(kind, namespace, name) {
      if (kind === 'ReplicaSet') return rs.rss.get(`${namespace}/${name}`);
      if (kind === 'Deployment') return deployments.deployments.get(`${namespace}/${name}`);
      if (kind === 'DaemonSet') return daemonsets.daemonsets.get(`${namespace}/${name}`);
      if (kind === 'Job') return jobs.jobs.get(`${namespace}/${name}`);
      if (kind === 'CronJob') return cronjobs.cronjobs.get(`${namespace}/${name}`);
      if (kind === 'StatefulSet') return statefulsets.sets.get(`${namespace}/${name}`);
      return undefined;
    },
  };
  new DisruptionController(deps, controllers.lookup);
  new ResourceQuotaController(deps);
  new HorizontalController(deps);
  return controllers;
}
