// autoscaling/v1 HorizontalPodAutoscaler ↔ the autoscaling/v2 object the simulator stores: only the
// CPU target converts (v1's annotations for other metrics and conditions are not written). Used by
// `kubeplay serve` (the real kubectl 1.32 posts v1) and by our kubectl autoscale, which prints v1 as 1.32 does.
// mirrors pkg/apis/autoscaling/v1/conversion.go
import type { KubeObject } from './types';

interface V2Spec {
  scaleTargetRef?: unknown;
  minReplicas?: number;
  maxReplicas?: number;
  metrics?: Array<{ type: string; resource?: { name: string; target?: { type?: string; averageUtilization?: number } } }>;
}
interface V2Status {
  observedGeneration?: number;
  lastScaleTime?: string;
  currentReplicas?: number;
  desiredReplicas?: number;
  currentMetrics?: Array<{ type: string; resource?: { name: string; current?: { averageUtilization?: number } } }>;
}

export function toV2(o: KubeObject): KubeObject {
  const spec = (o.spec ?? {}) as { scaleTargetRef?: unknown; minReplicas?: number; maxReplicas?: number; targetCPUUtilizationPercentage?: number };
  const { targetCPUUtilizationPercentage: cpu, ...rest } = spec;
  const metrics = cpu !== undefined ? [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } }] : undefined;
  const { status: _status, ...obj } = o as KubeObject & { status?: unknown };
  return { ...obj, apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', spec: { ...rest, ...(metrics ? { metrics } : {}) } } as KubeObject;
}

export function toV1(o: KubeObject): KubeObject {
  const spec = (o.spec ?? {}) as V2Spec;
  const st = (o.status ?? {}) as V2Status;
  const cpu = spec.metrics?.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu' && m.resource.target?.type === 'Utilization')?.resource?.target?.averageUtilization;
  const current = st.currentMetrics?.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu')?.resource?.current?.averageUtilization;
  return {
    ...o,
    apiVersion: 'autoscaling/v1',
    kind: 'HorizontalPodAutoscaler',
    spec: { scaleTargetRef: spec.scaleTargetRef, ...(spec.minReplicas !== undefined ? { minReplicas: spec.minReplicas } : {}), maxReplicas: spec.maxReplicas, ...(cpu !== undefined ? { targetCPUUtilizationPercentage: cpu } : {}) },
    status: {
      ...(st.observedGeneration !== undefined ? { observedGeneration: st.observedGeneration } : {}),
      ...(st.lastScaleTime ? { lastScaleTime: st.lastScaleTime } : {}),
      currentReplicas: st.currentReplicas ?? 0,
      desiredReplicas: st.desiredReplicas ?? 0,
      ...(current !== undefined ? { currentCPUUtilizationPercentage: current } : {}),
    },
  } as KubeObject;
}
