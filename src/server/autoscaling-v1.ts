// autoscaling/v1 HorizontalPodAutoscalers over the stored autoscaling/v2 ones: what the real
// kubectl 1.32's `kubectl autoscale` posts (and `get hpa.v1.autoscaling` reads). Only the CPU target
// converts; v1's annotations for other metrics and conditions are not written.
// mirrors pkg/apis/autoscaling/v1/conversion.go (Convert_v1_HorizontalPodAutoscaler_To_autoscaling_…)
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KubeObject } from '../sim/api/types';
import { R } from '../sim/api/resources';
import { badRequest } from '../sim/api/status';
import { sendJson } from './http';
import { objectBody, writeOpts, type Ctx } from './resources-handler';

const PATH = /^\/apis\/autoscaling\/v1\/namespaces\/([^/]+)\/horizontalpodautoscalers(?:\/([^/]+))?$/;

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

/** true when the request was an autoscaling/v1 HPA request (answered here) */
export async function handleAutoscalingV1(ctx: Ctx, req: IncomingMessage, res: ServerResponse, path: string, q: URLSearchParams): Promise<boolean> {
  const m = PATH.exec(path);
  if (!m) return false;
  const [, ns, name] = m;
  const method = req.method ?? 'GET';
  if (method === 'POST' && !name) {
    const body = await objectBody(req);
    if (body.apiVersion && body.apiVersion !== 'autoscaling/v1') throw badRequest(`the API version in the data (${body.apiVersion}) does not match the expected API version (autoscaling/v1)`);
    sendJson(res, 201, toV1(ctx.api.create(R.horizontalpodautoscalers, ns, toV2(body), writeOpts(q))));
  } else if (method === 'GET' && name) {
    sendJson(res, 200, toV1(ctx.api.get(R.horizontalpodautoscalers, ns, name)));
  } else if (method === 'GET') {
    const list = ctx.api.list(R.horizontalpodautoscalers, ns);
    sendJson(res, 200, { ...list, apiVersion: 'autoscaling/v1', items: list.items.map(toV1) });
  } else if (method === 'DELETE' && name) {
    sendJson(res, 200, toV1(ctx.api.delete(R.horizontalpodautoscalers, ns, name)));
  } else {
    sendJson(res, 405, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server does not allow this method on the requested resource', reason: 'MethodNotAllowed', code: 405 });
  }
  return true;
}
