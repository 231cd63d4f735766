// The scale subresource (autoscaling/v1 Scale) of Deployments and ReplicaSets.
// mirrors pkg/registry/apps/deployment/storage/storage.go (ScaleREST)
import type { Scale } from '../../api/client';
import type { GroupVersionResource, KubeObject } from '../../api/types';
import type { ResourceInfo } from '../../api/resources';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { StatusError } from '../../api/status';
import { selectorFromLabelSelector, selectorString } from '../../api/labels';
import { resolve } from './resolve';

export function scaleTarget(gvr: GroupVersionResource): ResourceInfo {
  const info = resolve(gvr);
  if (!info.subresources.includes('scale')) {
    throw new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 404, reason: 'NotFound', message: 'the server could not find the requested resource', details: {} });
  }
  return info;
}

export function getScale(o: KubeObject): Scale {
  const spec = (o.spec ?? {}) as { replicas?: number; selector?: LabelSelector };
  const status = (o.status ?? {}) as { replicas?: number };
  const m = o.metadata;
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'Scale',
    metadata: { name: m.name, namespace: m.namespace, uid: m.uid, resourceVersion: m.resourceVersion, creationTimestamp: m.creationTimestamp },
    spec: { replicas: spec.replicas ?? 0 },
    status: { replicas: status.replicas ?? 0, selector: selectorString(selectorFromLabelSelector(spec.selector)) },
  };
}
