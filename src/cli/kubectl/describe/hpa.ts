// `kubectl describe hpa`: mirrors staging/src/k8s.io/kubectl/pkg/describe/describe.go
// (describeHorizontalPodAutoscalerV2, printDirectionBehavior)
import type { Event, KubeObject } from '../../../sim/api/types';
import { canonicalQuantity } from '../../../sim/api/quantity';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer';

interface Rules {
  stabilizationWindowSeconds?: number;
  selectPolicy?: string;
  policies?: Array<{ type: string; value: number; periodSeconds: number }>;
}
interface Hpa extends KubeObject {
  spec?: {
    scaleTargetRef?: { kind?: string; name?: string };
    minReplicas?: number;
    maxReplicas?: number;
    metrics?: Array<{ type: string; resource?: { name: string; target?: { averageUtilization?: number; averageValue?: string } } }>;
    behavior?: { scaleUp?: Rules; scaleDown?: Rules };
  };
  status?: {
    currentReplicas?: number;
    desiredReplicas?: number;
    currentMetrics?: Array<{ resource?: { current?: { averageUtilization?: number; averageValue?: string } } }>;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
  };
}

function direction(w: PrefixWriter, title: string, r: Rules | undefined): void {
  if (!r) return;
  w.write(1, `${title}:\n`);
  if (r.stabilizationWindowSeconds !== undefined) w.write(2, `Stabilization Window: ${r.stabilizationWindowSeconds} seconds\n`);
  if (r.policies?.length) {
    w.write(2, `Select Policy: ${r.selectPolicy ?? 'Max'}\n`);
    w.write(2, 'Policies:\n');
    for (const p of r.policies) w.write(3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
  }
}

export function describeHpa(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const hpa = obj as Hpa;
  const spec = hpa.spec ?? {};
  const st = hpa.status ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${hpa.metadata.name}\n`);
  w.write(0, `Namespace:\t${hpa.metadata.namespace}\n`);
  printLabelsMultiline(w, 'Labels', hpa.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', hpa.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(hpa.metadata.creationTimestamp as string | undefined)}\n`);
  w.write(0, `Reference:\t${spec.scaleTargetRef?.kind ?? ''}/${spec.scaleTargetRef?.name ?? ''}\n`);
  w.write(0, 'Metrics:\t( current / target )\n');
  for (const [i, m] of (spec.metrics ?? []).entries()) {
    const cur = st.currentMetrics?.[i]?.resource?.current;
    if (m.type !== 'Resource' || !m.resource) {
      w.write(1, `<unknown metric type "${m.type}">\n`);
    } else if (m.resource.target?.averageValue !== undefined) {
      w.write(1, `resource ${m.resource.name} on pods:\t${cur?.averageValue !== undefined ? canonicalQuantity(cur.averageValue) : '<unknown>'} / ${canonicalQuantity(m.resource.target.averageValue)}\n`);
    } else {
      const current = cur?.averageUtilization !== undefined ? `${cur.averageUtilization}% (${canonicalQuantity(cur.averageValue ?? '0')})` : '<unknown>';
      const target = m.resource.target?.averageUtilization !== undefined ? `${m.resource.target.averageUtilization}%` : '<auto>';
      w.write(1, `resource ${m.resource.name} on pods  (as a percentage of request):\t${current} / ${target}\n`);
    }
  }
  w.write(0, `Min replicas:\t${spec.minReplicas ?? '<unset>'}\n`);
  w.write(0, `Max replicas:\t${spec.maxReplicas ?? 0}\n`);
  if (spec.behavior) {
    w.write(0, 'Behavior:\n');
    direction(w, 'Scale Up', spec.behavior.scaleUp);
    direction(w, 'Scale Down', spec.behavior.scaleDown);
  }
  w.write(0, `${spec.scaleTargetRef?.kind ?? ''} pods:\t${st.currentReplicas ?? 0} current / ${st.desiredReplicas ?? 0} desired\n`);
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tReason\tMessage\n');
    w.write(1, '----\t------\t------\t-------\n');
    for (const c of st.conditions) w.write(1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
  }
  if (events) describeEvents(events, w, now);
  return w.toString();
}
