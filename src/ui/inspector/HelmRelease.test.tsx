// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import type { KubeObject } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { encodeRelease } from '../../helm/release/codec';
import type { Release } from '../../helm/release/types';
import { render, type Rendered } from '../graph/render.test-util';
import { HelmRelease } from './HelmRelease';

let r: Rendered | undefined;
afterEach(() => {
  r?.unmount();
  r = undefined;
});

async function revision(version: number, status: string, replicas: number): Promise<KubeObject> {
  const rel: Release = {
    name: 'my-wp', namespace: 'default', version,
    info: { status, description: 'x' } as Release['info'],
    chart: { metadata: { apiVersion: 'v2', name: 'wordpress', version: '1.0.0' }, lock: null, templates: [], values: {}, schema: null, files: [] },
    manifest: `---\n# Source: wordpress/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: my-wp-wordpress\nspec:\n  replicas: ${replicas}\n`,
  };
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: `sh.helm.release.v1.my-wp.v${version}`, namespace: 'default', labels: { owner: 'helm', name: 'my-wp', status, version: String(version) } }, type: 'helm.sh/release.v1', data: { release: btoa(await encodeRelease(rel)) } } as KubeObject;
}

const deployment: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'my-wp-wordpress', namespace: 'default', annotations: { 'meta.helm.sh/release-name': 'my-wp', 'meta.helm.sh/release-namespace': 'default' } } };

describe('HelmRelease', () => {
  it('lists the release\'s revisions and shows what the last upgrade changed in the manifest', async () => {
    const secrets = [await revision(1, 'superseded', 1), await revision(2, 'deployed', 2)];
    act(() => useStore.getState().replaceAll([deployment, ...secrets], '1', { now: 0, paused: false, speed: 1 }));
    r = await render(<HelmRelease object={deployment} />);
    for (let i = 0; i < 50 && !r.container.querySelector('[data-testid="helm-diff"]'); i++) await act(async () => new Promise((res) => setTimeout(res, 10)));
    const text = r.container.textContent ?? '';
    expect(text).toContain('Part of the Helm release my-wp in namespace default');
    expect([...r.container.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['1superseded', '2deployed']);
    const diff = r.container.querySelector('[data-testid="helm-diff"]');
    expect(diff?.querySelector('.kp-diff-del')?.textContent).toBe('-   replicas: 1\n');
    expect(diff?.querySelector('.kp-diff-add')?.textContent).toBe('+   replicas: 2\n');
  });

  it('shows nothing for an object no release made', async () => {
    r = await render(<HelmRelease object={{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' } }} />);
    expect(r.container.textContent).toBe('');
  });
});
