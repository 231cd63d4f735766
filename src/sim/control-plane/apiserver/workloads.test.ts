import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { errOf, newServer } from './test-helpers';

const template = (labels: Record<string, string>, restartPolicy?: string) => ({ metadata: { labels }, spec: { restartPolicy, containers: [{ name: 'c', image: 'busybox:1.36' }] } });
const job = (name: string, spec: Record<string, unknown> = {}): KubeObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec: { template: template({}, 'Never'), ...spec } });

describe('jobs and cronjobs', () => {
  it('defaults a Job and generates its selector from the uid', () => {
    const { api } = newServer();
    const j = api.create(R.jobs, 'default', job('pi'));
    const uid = j.metadata.uid!;
    expect(j.spec).toMatchObject({
      completions: 1,
      parallelism: 1,
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      suspend: false,
      podReplacementPolicy: 'TerminatingOrFailed',
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
      template: { metadata: { labels: { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': uid, 'job-name': 'pi' } } },
    });
    expect(j.status).toEqual({});
  });

  it('parallelism alone leaves completions unset', () => {
    const { api } = newServer();
    const j = api.create(R.jobs, 'default', job('q', { parallelism: 3 }));
    expect((j.spec as { completions?: number }).completions).toBeUndefined();
  });

  it('a Job pod template must not restart Always', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.jobs, 'default', job('bad', { template: template({}) }))).message).toBe(
      'Job.batch "bad" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"',
    );
  });

  it('a Job template is immutable', () => {
    const { api } = newServer();
    const j = api.create(R.jobs, 'default', job('pi'));
    const changed = structuredClone(j) as KubeObject & { spec: { template: { spec: { containers: { image: string }[] } } } };
    changed.spec.template.spec.containers[0].image = 'busybox:1.37';
    expect(errOf(() => api.update(R.jobs, 'default', changed)).message).toContain('spec.template: Invalid value: core.PodTemplateSpec{…}: field is immutable');
  });

  it('CronJobs: defaults, schedule and name checks', () => {
    const { api } = newServer();
    const cj = (name: string, schedule: string): KubeObject => ({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name }, spec: { schedule, jobTemplate: { spec: { template: template({}, 'OnFailure') } } } });
    const ok = api.create(R.cronjobs, 'default', cj('hello', '*/1 * * * *'));
    expect(ok.spec).toMatchObject({ concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    expect(errOf(() => api.create(R.cronjobs, 'default', cj('bad', '* * *'))).message).toBe('CronJob.batch "bad" is invalid: spec.schedule: Invalid value: "* * *": expected exactly 5 fields, found 3: * * *');
    expect(errOf(() => api.create(R.cronjobs, 'default', cj('bad', '61 * * * *'))).message).toContain('end of range (61) above maximum (59): 61');
    expect(api.create(R.cronjobs, 'default', cj('daily', '@daily')).metadata.name).toBe('daily');
    expect(errOf(() => api.create(R.cronjobs, 'default', cj('x'.repeat(53), '@hourly'))).message).toContain('must be no more than 52 characters');
  });
});

describe('statefulsets, daemonsets, disruption budgets', () => {
  const sts: KubeObject = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: template({ app: 'db' }) } };

  it('StatefulSet defaults; only some spec fields may change', () => {
    const { api } = newServer();
    const s = api.create(R.statefulsets, 'default', sts);
    expect(s.spec).toMatchObject({
      replicas: 1,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
    expect(api.updateScale(R.statefulsets, 'default', 'db', 3).spec.replicas).toBe(3);
    const cur = api.get(R.statefulsets, 'default', 'db');
    expect(errOf(() => api.update(R.statefulsets, 'default', { ...structuredClone(cur), spec: { ...(cur.spec as object), serviceName: 'other' } })).message).toBe(
      "StatefulSet.apps \"db\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    );
  });

  it('StatefulSet: container mounts may name a volumeClaimTemplate, but nothing else unknown', () => {
    const { api } = newServer();
    const mounted = (vol: string) => ({ ...sts, spec: { ...(sts.spec as object), template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'c', image: 'busybox:1.36', volumeMounts: [{ name: vol, mountPath: '/data' }] }] } }, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] } });
    expect(api.create(R.statefulsets, 'default', mounted('data')).metadata.name).toBe('db');
    expect(errOf(() => api.create(R.statefulsets, 'default', { ...mounted('logs'), metadata: { name: 'db2' } })).message).toBe('StatefulSet.apps "db2" is invalid: spec.template.spec.containers[0].volumeMounts[0].name: Not found: "logs"');
  });

  it('DaemonSet defaults', () => {
    const { api } = newServer();
    const d = api.create(R.daemonsets, 'kube-system', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: template({ app: 'agent' }) } });
    expect(d.spec).toMatchObject({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } }, revisionHistoryLimit: 10 });
  });

  it('PodDisruptionBudget: minAvailable and maxUnavailable are exclusive', () => {
    const { api } = newServer();
    const err = errOf(() => api.create(R.poddisruptionbudgets, 'default', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'p' }, spec: { minAvailable: 1, maxUnavailable: 1 } }));
    expect(err.code).toBe(422);
    expect(err.message).toContain('minAvailable and maxUnavailable cannot be both set');
    expect(errOf(() => api.create(R.poddisruptionbudgets, 'default', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'p' }, spec: { minAvailable: '150%' } })).message).toBe(
      'PodDisruptionBudget.policy "p" is invalid: spec.minAvailable: Invalid value: "150%": must not be greater than 100%',
    );
  });
});
