import { describe, expect, it } from 'vitest';
import { byKind } from './kinds';
import { sortRendered, splitManifests } from './sort-manifests';

describe('splitManifests (pkg/release/v1/util/manifest.go)', () => {
  it('splits as helm v4.1.4 does: trimmed documents, the separator eating the blank lines after it', () => {
    // the real helm 4.1.4 prints this file as two documents, the second one `---\nb: 2`
    expect(splitManifests('\n---\na: 1\n---   \n\n---\nb: 2\n')).toEqual(['a: 1', '---\nb: 2']);
    // the regex also splits `---kind: X` glued to the separator, as Helm's does
    expect(splitManifests('a: 1\n---kind: X\n')).toEqual(['a: 1', 'kind: X']);
  });
});

describe('byKind (kind_sorter.go)', () => {
  it('known kinds in install order, unknown kinds last and alphabetical, equal kinds stable', () => {
    const kinds = ['Deployment', 'Zebra', 'Service', 'Apple', 'ConfigMap', 'Service', 'Zebra', 'Namespace'].map((k, i) => ({ k, i }));
    expect(byKind(kinds, (x) => x.k).map((x) => `${x.k}${x.i}`)).toEqual(['Namespace7', 'ConfigMap4', 'Service2', 'Service5', 'Deployment0', 'Apple3', 'Zebra1', 'Zebra6']);
  });
});

describe('sortRendered (renderResources)', () => {
  const files = {
    'web/templates/_helpers.tpl': 'ignored',
    'web/templates/NOTES.txt': 'Visit the app',
    'web/charts/db/templates/NOTES.txt': 'db notes',
    'web/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
    'web/templates/empty.yaml': '\n  \n',
    'web/templates/service.yaml': '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n',
    'web/templates/tests/test.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: t\n  annotations:\n    "helm.sh/hook": test\n    "helm.sh/hook-weight": "-5"\n',
    'web/templates/bad-hook.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  annotations:\n    helm.sh/hook: sometime\n',
  };
  it('sets NOTES aside (the top chart only), skips partials and empty files, keeps hooks apart, sorts by kind', () => {
    const r = sortRendered(files, 'web');
    expect(r.notes).toBe('Visit the app');
    expect(sortRendered(files, 'web', true).notes).toBe('db notes\nVisit the app');
    expect(r.manifests.map((m) => `${m.head.kind}/${m.head.name}@${m.name}`)).toEqual(['ConfigMap/cfg@web/templates/service.yaml', 'Service/web@web/templates/service.yaml', 'Deployment/web@web/templates/deployment.yaml']);
    expect(r.hooks).toEqual([{ name: 't', kind: 'Pod', path: 'web/templates/tests/test.yaml', manifest: files['web/templates/tests/test.yaml'].trim(), events: ['test'], last_run: { started_at: '', completed_at: '', phase: '' }, weight: -5 }]);
    expect(r.manifest).toBe('---\n# Source: web/templates/service.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n---\n# Source: web/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n# Source: web/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
  });
  it('names the file of a document that is not YAML', () => {
    expect(() => sortRendered({ 'web/templates/x.yaml': 'a: [1\n' }, 'web')).toThrow(/^YAML parse error on web\/templates\/x\.yaml: /);
  });
});
