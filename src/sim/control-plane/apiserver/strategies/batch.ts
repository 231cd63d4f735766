// Jobs and CronJobs. mirrors pkg/registry/batch/{job,cronjob}/strategy.go
import type { CronJobSpec, JobSpec } from 'kubernetes-types/batch/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../../api/types';
import type { FieldError } from '../../../api/status';
import type { Mutable } from '../../../api/meta';
import { defaultCronJobSpec, defaultJobSpec } from '../../../api/defaults/batch';
import { validateCronJobName, validateCronJobSpec, validateJobSpec } from '../../../api/validation/batch';
import { goLabelSelector, validateSelectorUpdate } from '../../../api/validation/apps';
import { normalizeQuantities } from '../../../api/validation/pod';
import { deepEqual } from '../../etcd/deep';
import type { Strategy } from '../strategy';

export const JOB_CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';

type JobLike = KubeObject & { spec: Mutable<JobSpec> };
const selectorOf = (o: KubeObject) => (o.spec as { selector?: LabelSelector } | undefined)?.selector;

/** generateSelector: the Job's pods carry its uid and name; its selector is the uid. */
function generateSelector(job: JobLike): void {
  const uid = job.metadata.uid!;
  const name = job.metadata.name!;
  const template = (job.spec.template = { ...job.spec.template, metadata: { ...job.spec.template?.metadata } }) as Mutable<JobSpec['template']>;
  template.metadata = {
    ...template.metadata,
    labels: { ...template.metadata?.labels, [JOB_CONTROLLER_UID_LABEL]: uid, [JOB_NAME_LABEL]: name, 'controller-uid': uid, 'job-name': name },
  };
  job.spec.selector ??= { matchLabels: { [JOB_CONTROLLER_UID_LABEL]: uid } };
}

export const jobStrategy: Strategy = {
  generation: true,
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    normalizeQuantities((obj.spec as JobSpec).template?.spec, 'Job');
    defaultJobSpec(obj.spec as Mutable<JobSpec>);
  },
  prepareForCreate(obj) {
    obj.status = {};
    if ((obj.spec as JobSpec).manualSelector !== true) generateSelector(obj as JobLike);
  },
  validate(obj) {
    const spec = obj.spec as JobSpec;
    const errs: FieldError[] = validateJobSpec(spec, 'spec', true);
    if (spec.manualSelector !== true && obj.metadata.uid) {
      const generated = { matchLabels: { [JOB_CONTROLLER_UID_LABEL]: obj.metadata.uid } };
      if (!deepEqual(spec.selector, generated)) {
        errs.push({ type: 'FieldValueInvalid', field: 'spec.selector', message: `Invalid value: ${goLabelSelector(spec.selector)}: \`selector\` not auto-generated` });
      }
    }
    return errs;
  },
  validateUpdate(obj, old) {
    const errs = validateSelectorUpdate(selectorOf(obj), selectorOf(old), deepEqual);
    const spec = obj.spec as JobSpec;
    const oldSpec = old.spec as JobSpec;
    if (!deepEqual(spec.template, oldSpec.template)) errs.push({ type: 'FieldValueInvalid', field: 'spec.template', message: 'Invalid value: core.PodTemplateSpec{…}: field is immutable' });
    if (spec.completions !== oldSpec.completions && spec.completionMode !== 'Indexed') {
      errs.push({ type: 'FieldValueInvalid', field: 'spec.completions', message: `Invalid value: ${spec.completions ?? 'null'}: field is immutable` });
    }
    return errs;
  },
};

export const cronJobStrategy: Strategy = {
  generation: true,
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    normalizeQuantities((obj.spec as CronJobSpec).jobTemplate?.spec?.template?.spec, 'CronJob');
    defaultCronJobSpec(obj.spec as Mutable<CronJobSpec>);
  },
  prepareForCreate(obj) {
    obj.status = {};
  },
  validate: (obj) => [...validateCronJobName(obj.metadata.name), ...validateCronJobSpec(obj.spec as never)],
};
