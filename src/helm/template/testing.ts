// Test helpers: render one template file through Helm's engine as `helm template` would for a
// chart named c with values, returning the text or Helm's error message.
import { renderTemplates } from './engine';
import type { GoMap } from './value';

export function renderOne(text: string, values: GoMap = {}, extra: Record<string, string> = {}): string {
  const mk = (name: string, t: string) => ({
    name, text: t, basePath: 'c/templates',
    vals: { Values: values, Release: { Name: 'release-name', Namespace: 'default', Revision: 1n, IsInstall: true, IsUpgrade: false, Service: 'Helm' } } as GoMap,
  });
  let n = 0;
  const opts = { rng: { int: (k: number) => n++ % k, uuid: () => '11111111-2222-4333-8444-555555555555' }, now: () => Date.UTC(2025, 0, 6, 9, 0, 0) };
  try {
    const out = renderTemplates([mk('c/templates/a.yaml', text), ...Object.entries(extra).map(([k, v]) => mk(`c/templates/${k}`, v))], opts);
    return out['c/templates/a.yaml'];
  } catch (e) {
    return `Error: ${(e as Error).message}`;
  }
}
