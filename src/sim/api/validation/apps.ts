// Deployment, ReplicaSet, StatefulSet and DaemonSet validation. mirrors pkg/apis/apps/validation/validation.go
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { FieldError } from '../status';
import { selectorFromLabelSelector } from '../labels';
import { forbiddenField, goValue, invalidField, notSupported, required } from './field';
import { validateLabelSelector, validateLabels } from './meta';
import { validatePodSpec } from './pod';

interface WorkloadSpec {
  replicas?: number;
  selector?: LabelSelector;
  template?: PodTemplateSpec;
  minReadySeconds?: number;
}

/** Go's %#v of a metav1.LabelSelector, as upstream prints it in `Invalid value: …`. */
export function goLabelSelector(sel: LabelSelector | undefined): string {
  if (!sel) return '(*v1.LabelSelector)(nil)';
  const ml = sel.matchLabels ? goValue(sel.matchLabels) : 'map[string]string(nil)';
  const me = sel.matchExpressions
    ? `[]v1.LabelSelectorRequirement{${sel.matchExpressions.map((e) => `v1.LabelSelectorRequirement{Key:${JSON.stringify(e.key)}, Operator:${JSON.stringify(e.operator)}, Values:${e.values ? goValue(e.values) : '[]string(nil)'}}`).join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${ml}, MatchExpressions:${me}}`;
}

function selectorInvalid(field: string, sel: LabelSelector | undefined, detail: string): FieldError {
  return { type: 'FieldValueInvalid', field, message: `Invalid value: ${goLabelSelector(sel)}: ${detail}` };
}

/** The checks Deployments, ReplicaSets (and later StatefulSets, DaemonSets) share. */
export function validateWorkloadSpec(spec: WorkloadSpec | undefined, kindWord: string): FieldError[] {
  const errs: FieldError[] = [];
  const s = spec ?? {};
  if (s.replicas !== undefined && s.replicas < 0) errs.push(invalidField('spec.replicas', s.replicas, 'must be greater than or equal to 0'));
  if (s.minReadySeconds !== undefined && s.minReadySeconds < 0) errs.push(invalidField('spec.minReadySeconds', s.minReadySeconds, 'must be greater than or equal to 0'));
  if (!s.selector) {
    errs.push(required('spec.selector'));
    // a nil selector converts to labels.Nothing(), which is not Empty() and matches no labels, so
    // upstream also reports the template mismatch: the familiar two-line error
    errs.push(invalidField('spec.template.metadata.labels', s.template?.metadata?.labels ?? {}, '`selector` does not match template `labels`'));
  } else {
    const empty = !Object.keys(s.selector.matchLabels ?? {}).length && !(s.selector.matchExpressions ?? []).length;
    if (empty) errs.push(selectorInvalid('spec.selector', s.selector, `empty selector is invalid for ${kindWord}`));
    const selectorErrs = validateLabelSelector(s.selector, 'spec.selector');
    errs.push(...selectorErrs);
    const labels = s.template?.metadata?.labels ?? {};
    if (!empty && selectorErrs.length === 0 && !selectorFromLabelSelector(s.selector)(labels)) {
      errs.push(invalidField('spec.template.metadata.labels', labels, '`selector` does not match template `labels`'));
    }
  }
  errs.push(...validateLabels(s.template?.metadata?.labels, 'spec.template.metadata.labels'));
  errs.push(...validatePodSpec(s.template?.spec, 'spec.template.spec', ['Always']));
  return errs;
}

const PERCENT_ERR = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

export function intOrPercent(v: number | string | undefined, field: string, errs: FieldError[]): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') {
    if (v < 0) errs.push(invalidField(field, v, 'must be greater than or equal to 0'));
    return v;
  }
  if (!/^[0-9]+%$/.test(v)) {
    errs.push(invalidField(field, v, PERCENT_ERR));
    return undefined;
  }
  const n = Number(v.slice(0, -1));
  if (n > 100) errs.push(invalidField(field, v, 'must not be greater than 100%'));
  return n;
}

interface DeploymentSpecLike extends WorkloadSpec {
  strategy?: { type?: string; rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } };
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
}

export function validateDeploymentSpec(spec: DeploymentSpecLike | undefined): FieldError[] {
  const errs = validateWorkloadSpec(spec, 'deployment');
  const st = spec?.strategy;
  const types = ['Recreate', 'RollingUpdate'];
  if (st?.type && !types.includes(st.type)) errs.push(notSupported('spec.strategy.type', st.type, types));
  if (st?.type === 'Recreate' && st.rollingUpdate) errs.push(forbiddenField('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
  if (st?.type === 'RollingUpdate' && st.rollingUpdate) {
    const ru = st.rollingUpdate;
    const surge = intOrPercent(ru.maxSurge, 'spec.strategy.rollingUpdate.maxSurge', errs);
    const unavail = intOrPercent(ru.maxUnavailable, 'spec.strategy.rollingUpdate.maxUnavailable', errs);
    if (surge === 0 && unavail === 0) errs.push(invalidField('spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
  }
  if (spec?.revisionHistoryLimit !== undefined && spec.revisionHistoryLimit < 0) errs.push(invalidField('spec.revisionHistoryLimit', spec.revisionHistoryLimit, 'must be greater than or equal to 0'));
  const pds = spec?.progressDeadlineSeconds;
  if (pds !== undefined && pds <= (spec?.minReadySeconds ?? 0)) errs.push(invalidField('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  return errs;
}

/** apps/v1 selectors are immutable. */
export function validateSelectorUpdate(sel: LabelSelector | undefined, old: LabelSelector | undefined, equal: (a: unknown, b: unknown) => boolean): FieldError[] {
  return equal(sel, old) ? [] : [selectorInvalid('spec.selector', sel, 'field is immutable')];
}

interface StatefulSetSpecLike extends WorkloadSpec {
  podManagementPolicy?: string;
  updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } };
  volumeClaimTemplates?: Array<{ metadata?: { name?: string } }>;
}

export function validateStatefulSetSpec(spec: StatefulSetSpecLike | undefined): FieldError[] {
  // the template's volumes plus one per volumeClaimTemplate: mounts may name either (upstream skips
  // the pod spec here for that reason — see ValidatePodTemplateSpecForStatefulSet's TODO)
  const claims = (spec?.volumeClaimTemplates ?? []).map((c) => ({ name: c.metadata?.name ?? '', persistentVolumeClaim: { claimName: c.metadata?.name ?? '' } }));
  const podSpec = spec?.template?.spec;
  const withClaims = podSpec && claims.length ? { ...spec, template: { ...spec.template, spec: { ...podSpec, volumes: [...(podSpec.volumes ?? []), ...claims.filter((c) => !(podSpec.volumes ?? []).some((v) => v.name === c.name))] } } } : spec;
  const errs = validateWorkloadSpec(withClaims, 'statefulset');
  const pmp = spec?.podManagementPolicy;
  if (pmp && !['OrderedReady', 'Parallel'].includes(pmp)) errs.push(notSupported('spec.podManagementPolicy', pmp, ['OrderedReady', 'Parallel']));
  const ut = spec?.updateStrategy?.type;
  if (ut && !['OnDelete', 'RollingUpdate'].includes(ut)) errs.push(notSupported('spec.updateStrategy.type', ut, ['OnDelete', 'RollingUpdate']));
  const partition = spec?.updateStrategy?.rollingUpdate?.partition;
  if (partition !== undefined && partition < 0) errs.push(invalidField('spec.updateStrategy.rollingUpdate.partition', partition, 'must be greater than or equal to 0'));
  return errs;
}

/** ValidateStatefulSetUpdate: only a few spec fields may change. */
export function validateStatefulSetUpdate(spec: Record<string, unknown>, old: Record<string, unknown>, equal: (a: unknown, b: unknown) => boolean): FieldError[] {
  const mutable = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];
  const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => !mutable.includes(k)));
  if (equal(strip(spec), strip(old))) return [];
  return [
    forbiddenField('spec', "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"),
  ];
}

interface DaemonSetSpecLike extends WorkloadSpec {
  updateStrategy?: { type?: string; rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } };
}

export function validateDaemonSetSpec(spec: DaemonSetSpecLike | undefined): FieldError[] {
  const errs = validateWorkloadSpec(spec, 'daemonset');
  const st = spec?.updateStrategy;
  if (st?.type && !['OnDelete', 'RollingUpdate'].includes(st.type)) errs.push(notSupported('spec.updateStrategy.type', st.type, ['OnDelete', 'RollingUpdate']));
  if (st?.type === 'RollingUpdate' && st.rollingUpdate) {
    const surge = intOrPercent(st.rollingUpdate.maxSurge, 'spec.updateStrategy.rollingUpdate.maxSurge', errs);
    const unavail = intOrPercent(st.rollingUpdate.maxUnavailable, 'spec.updateStrategy.rollingUpdate.maxUnavailable', errs);
    if (surge === 0 && unavail === 0) errs.push(invalidField('spec.updateStrategy.rollingUpdate.maxUnavailable', st.rollingUpdate.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
  }
  return errs;
}
