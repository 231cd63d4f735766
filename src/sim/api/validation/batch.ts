// Job and CronJob validation. mirrors pkg/apis/batch/validation/validation.go
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { FieldError } from '../status';
import { selectorFromLabelSelector } from '../labels';
import { invalidField, notSupported, required } from './field';
import { validateLabelSelector, validateLabels } from './meta';
import { validatePodSpec } from './pod';

const JOB_RESTART = ['OnFailure', 'Never'];

interface JobSpecLike {
  parallelism?: number;
  completions?: number;
  backoffLimit?: number;
  activeDeadlineSeconds?: number;
  ttlSecondsAfterFinished?: number;
  completionMode?: string;
  selector?: LabelSelector;
  manualSelector?: boolean;
  template?: PodTemplateSpec;
}

function nonNegative(v: number | undefined, field: string, errs: FieldError[]): void {
  if (v !== undefined && v < 0) errs.push(invalidField(field, v, 'must be greater than or equal to 0'));
}

/** ValidateJobSpec at `path` (`spec` for Jobs, `spec.jobTemplate.spec` for CronJobs). */
export function validateJobSpec(spec: JobSpecLike | undefined, path: string, selectorRequired: boolean): FieldError[] {
  const errs: FieldError[] = [];
  const s = spec ?? {};
  nonNegative(s.parallelism, `${path}.parallelism`, errs);
  nonNegative(s.completions, `${path}.completions`, errs);
  nonNegative(s.backoffLimit, `${path}.backoffLimit`, errs);
  nonNegative(s.ttlSecondsAfterFinished, `${path}.ttlSecondsAfterFinished`, errs);
  if (s.activeDeadlineSeconds !== undefined && s.activeDeadlineSeconds <= 0) errs.push(invalidField(`${path}.activeDeadlineSeconds`, s.activeDeadlineSeconds, 'must be greater than 0'));
  if (s.completionMode && !['Indexed', 'NonIndexed'].includes(s.completionMode)) errs.push(notSupported(`${path}.completionMode`, s.completionMode, ['NonIndexed', 'Indexed']));
  if (s.completionMode === 'Indexed' && s.completions === undefined) errs.push(required(`${path}.completions`, 'when completion mode is Indexed'));
  if (selectorRequired && !s.selector) errs.push(required(`${path}.selector`));
  const selectorErrs = validateLabelSelector(s.selector, `${path}.selector`);
  errs.push(...selectorErrs);
  if (s.selector && selectorErrs.length === 0) {
    const labels = s.template?.metadata?.labels ?? {};
    if (!selectorFromLabelSelector(s.selector)(labels)) errs.push(invalidField(`${path}.template.metadata.labels`, labels, '`selector` does not match template `labels`'));
  }
  errs.push(...validateLabels(s.template?.metadata?.labels, `${path}.template.metadata.labels`));
  errs.push(...validatePodSpec(s.template?.spec, `${path}.template.spec`, JOB_RESTART));
  return errs;
}

const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/** The cron parser's complaint about a schedule, or undefined when it parses (five fields or a macro). */
export function cronScheduleError(schedule: string): string | undefined {
  const s = schedule.trim();
  if (s.startsWith('@every ') || MACROS.includes(s)) return undefined;
  if (s.startsWith('@')) return `unrecognized descriptor: ${s}`;
  const fields = s.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: ${schedule}`;
  const ranges: Array<[number, number]> = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 7]];
  const names = [undefined, undefined, undefined, /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i, /^(sun|mon|tue|wed|thu|fri|sat)$/i];
  for (let i = 0; i < 5; i++) {
    for (const part of fields[i].split(',')) {
      const [rangePart, step] = part.split('/');
      if (step !== undefined && !/^\d+$/.test(step)) return `failed to parse int from ${step}: strconv.Atoi: parsing "${step}": invalid syntax`;
      if (rangePart === '*' || rangePart === '?') continue;
      for (const v of rangePart.split('-')) {
        if (names[i]?.test(v)) continue;
        if (!/^\d+$/.test(v)) return `failed to parse int from ${v}: strconv.Atoi: parsing "${v}": invalid syntax`;
        const n = Number(v);
        if (n < ranges[i][0]) return `beginning of range (${n}) below minimum (${ranges[i][0]}): ${part}`;
        if (n > ranges[i][1]) return `end of range (${n}) above maximum (${ranges[i][1]}): ${part}`;
      }
    }
  }
  return undefined;
}

interface CronJobSpecLike {
  schedule?: string;
  concurrencyPolicy?: string;
  startingDeadlineSeconds?: number;
  successfulJobsHistoryLimit?: number;
  failedJobsHistoryLimit?: number;
  jobTemplate?: { metadata?: { labels?: Record<string, string> }; spec?: JobSpecLike };
}

export function validateCronJobSpec(spec: CronJobSpecLike | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const s = spec ?? {};
  if (!s.schedule) errs.push(required('spec.schedule'));
  else {
    const why = cronScheduleError(s.schedule);
    if (why) errs.push(invalidField('spec.schedule', s.schedule, why));
  }
  const policies = ['Allow', 'Forbid', 'Replace'];
  if (s.concurrencyPolicy && !policies.includes(s.concurrencyPolicy)) errs.push(notSupported('spec.concurrencyPolicy', s.concurrencyPolicy, policies));
  nonNegative(s.startingDeadlineSeconds, 'spec.startingDeadlineSeconds', errs);
  nonNegative(s.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit', errs);
  nonNegative(s.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit', errs);
  errs.push(...validateJobSpec(s.jobTemplate?.spec, 'spec.jobTemplate.spec', false));
  return errs;
}

/** CronJob names leave room for the `-<minutes>` suffix of their Jobs. */
export function validateCronJobName(name: string | undefined): FieldError[] {
  return name && name.length > 52 ? [invalidField('metadata.name', name, 'must be no more than 52 characters')] : [];
}
