import { describe, expect, it } from 'vitest';
import { R } from '../../api/resources';
import type { KubeObject } from '../../api/types';
import { deployment, errOf, newServer } from './test-helpers';

describe('deployments and replicasets', () => {
  it('defaults a deployment, its strategy and its pod template', () => {
    const { api } = newServer();
    const d = api.create(R.deployments, 'default', deployment('web'));
    expect(d.metadata.generation).toBe(1);
    expect(d.spec).toMatchObject({
      replicas: 1,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: { spec: { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler', securityContext: {}, containers: [{ imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log' }] } },
    });
    // templates are not pods: no admission defaults
    expect((d.spec as { template: { spec: Record<string, unknown> } }).template.spec.tolerations).toBeUndefined();
    expect(d.status).toEqual({});
  });

  it('selector required and must match the template labels', () => {
    const { api } = newServer();
    const noSel = deployment('web');
    delete (noSel.spec as { selector?: unknown }).selector;
    expect(errOf(() => api.create(R.deployments, 'default', noSel))).toMatchObject({
      code: 422,
      // upstream reports both: a nil selector is labels.Nothing(), which matches no template labels
      message: 'Deployment.apps "web" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`]',
    });
    const mismatch = deployment('web', { selector: { matchLabels: { app: 'other' } } });
    expect(errOf(() => api.create(R.deployments, 'default', mismatch)).message).toBe(
      'Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    );
    const badOp = deployment('web', { selector: { matchExpressions: [{ key: 'app', operator: 'Is', values: ['web'] }] } });
    expect(errOf(() => api.create(R.deployments, 'default', badOp)).message).toBe('Deployment.apps "web" is invalid: spec.selector.matchExpressions[0].operator: Invalid value: "Is": not a valid selector operator');
    const noValues = deployment('web', { selector: { matchExpressions: [{ key: 'app', operator: 'In' }] } });
    expect(errOf(() => api.create(R.deployments, 'default', noValues)).message).toBe(
      "Deployment.apps \"web\" is invalid: spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
    );
    expect(errOf(() => api.create(R.deployments, 'default', deployment('web', { replicas: -1 }))).message).toBe(
      'Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(errOf(() => api.create(R.deployments, 'default', deployment('web', { strategy: { type: 'Blue' } }))).message).toBe(
      'Deployment.apps "web" is invalid: spec.strategy.type: Unsupported value: "Blue": supported values: "Recreate", "RollingUpdate"',
    );
  });

  it('generation counts spec changes only; selector is immutable', () => {
    const { api } = newServer();
    const d = api.create(R.deployments, 'default', deployment('web'));
    const labelled = api.update(R.deployments, 'default', { ...structuredClone(d), metadata: { ...d.metadata, labels: { a: 'b' } } });
    expect(labelled.metadata.generation).toBe(1);
    const scaled = api.updateScale(R.deployments, 'default', 'web', 3);
    expect(scaled).toMatchObject({ apiVersion: 'autoscaling/v1', kind: 'Scale', spec: { replicas: 3 }, status: { replicas: 0, selector: 'app=web' } });
    const after = api.get(R.deployments, 'default', 'web');
    expect(after.metadata.generation).toBe(2);
    expect(api.getScale(R.deployments, 'default', 'web').metadata.resourceVersion).toBe(after.metadata.resourceVersion);
    const moved = structuredClone(after) as KubeObject & { spec: { selector: unknown; template: { metadata: { labels: unknown } } } };
    moved.spec.selector = { matchLabels: { app: 'web2' } };
    moved.spec.template.metadata.labels = { app: 'web2' };
    expect(errOf(() => api.update(R.deployments, 'default', moved)).message).toBe(
      'Deployment.apps "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    );
  });

  it('status updates keep the spec; deployment status updates may carry annotations', () => {
    const { api } = newServer();
    const d = api.create(R.deployments, 'default', deployment('web'));
    const s = api.updateStatus(R.deployments, 'default', {
      ...structuredClone(d),
      metadata: { ...d.metadata, annotations: { 'deployment.kubernetes.io/revision': '1' } },
      spec: { replicas: 9 },
      status: { replicas: 1, observedGeneration: 1 },
    });
    expect(s.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
    expect((s.spec as { replicas: number }).replicas).toBe(1);
    expect(s.status).toEqual({ replicas: 1, observedGeneration: 1 });
    expect(s.metadata.generation).toBe(1);
  });

  it('replicasets: scale subresource; configmaps have none', () => {
    const { api } = newServer();
    api.create(R.replicasets, 'default', { ...deployment('web'), kind: 'ReplicaSet' });
    expect(api.updateScale(R.replicasets, 'default', 'web', 2).spec.replicas).toBe(2);
    expect(errOf(() => api.getScale(R.configmaps, 'default', 'x')).code).toBe(404);
  });

  it('rejects a body of another kind with 400', () => {
    const { api } = newServer();
    expect(errOf(() => api.create(R.pods, 'default', deployment('web')))).toMatchObject({ code: 400, message: 'the API version in the data (apps/v1) does not match the expected API version (v1)' });
    expect(errOf(() => api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } }))).toMatchObject({ code: 400 });
  });
});
