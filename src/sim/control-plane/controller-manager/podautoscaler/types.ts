// The autoscaling/v2 HorizontalPodAutoscaler fields the controller reads and writes.
import type { KubeObject } from '../../../api/types';

export interface MetricSpec {
  type: string;
  resource?: { name: string; target?: { type: string; averageUtilization?: number; averageValue?: string } };
}
export interface HpaCondition {
  type: string;
  status: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}
type Rules = { stabilizationWindowSeconds?: number; selectPolicy?: string; policies?: Array<{ type: string; value: number; periodSeconds: number }> };
export interface Hpa extends KubeObject {
  spec: {
    scaleTargetRef: { apiVersion?: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas: number;
    metrics?: MetricSpec[];
    behavior?: { scaleUp?: Rules; scaleDown?: Rules };
  };
  status?: {
    currentReplicas?: number;
    desiredReplicas?: number;
    lastScaleTime?: string;
    currentMetrics?: unknown[];
    conditions?: HpaCondition[];
  };
}
