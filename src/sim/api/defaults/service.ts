// Service defaults. mirrors pkg/apis/core/v1/defaults.go (SetDefaults_Service)
import type { ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import type { Mutable } from '../meta';

export function defaultServiceSpec(spec: Mutable<ServiceSpec>): void {
  spec.type ??= 'ClusterIP';
  spec.sessionAffinity ??= 'None';
  if (spec.sessionAffinity === 'ClientIP') {
    spec.sessionAffinityConfig ??= { clientIP: { timeoutSeconds: 10800 } };
  }
  for (const p of (spec.ports ?? []) as Mutable<ServicePort>[]) {
    p.protocol ??= 'TCP';
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster';
  if (spec.type !== 'ExternalName') spec.internalTrafficPolicy ??= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
}
