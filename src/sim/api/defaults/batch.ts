// Job and CronJob defaults. mirrors pkg/apis/batch/v1/defaults.go
import type { CronJobSpec, JobSpec } from 'kubernetes-types/batch/v1';
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { Mutable } from '../meta';
import { defaultPodSpec } from './pod';

export function defaultJobSpec(spec: Mutable<JobSpec>): void {
  // neither set: one pod, run once; parallelism alone leaves completions unset (a work queue)
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex !== undefined ? 2147483647 : 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  if (spec.template?.spec) defaultPodSpec(spec.template.spec as Mutable<PodSpec>);
}

export function defaultCronJobSpec(spec: Mutable<CronJobSpec>): void {
  spec.concurrencyPolicy ??= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const podSpec = spec.jobTemplate?.spec?.template?.spec;
  if (podSpec) defaultPodSpec(podSpec as Mutable<PodSpec>);
}
