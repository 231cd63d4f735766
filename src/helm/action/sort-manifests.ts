// What Helm does with a chart's rendered files before anything reaches the cluster
// (pkg/action/action.go renderResources, pkg/release/v1/util/manifest_sorter.go): NOTES.txt set
// aside, partials and empty files skipped, each file split into documents, documents annotated
// helm.sh/hook kept apart as hooks, the rest sorted by kind in install order (stable otherwise),
// and the manifest written as `---\n# Source: <file>\n<document>\n` per document.
import { parse } from 'yaml';
import { byKind } from './kinds';
import { HelmError } from '../release/storage';
import { goYamlMessage } from '../../cli/manifests';

export interface Head {
  kind: string;
  apiVersion: string;
  name: string;
  annotations: Record<string, string>;
}

export interface SortedManifest {
  /** the template path: mychart/templates/service.yaml */
  name: string;
  content: string;
  head: Head;
}

/** release/v1 Hook, as the release JSON keeps it */
export interface Hook {
  name: string;
  kind: string;
  path: string;
  manifest: string;
  events: string[];
  last_run: { started_at: string; completed_at: string; phase: string };
  weight?: number;
  delete_policies?: string[];
}

const HOOK_EVENTS = ['pre-install', 'post-install', 'pre-delete', 'post-delete', 'pre-upgrade', 'post-upgrade', 'pre-rollback', 'post-rollback', 'test', 'test-success'];

/** pkg/release/v1/util/manifest.go SplitManifests as helm v4.1.4 has it: the text trimmed, split
 * at `(?:^|\s*\n)---\s*`, each document trimmed (so no blank line before the next `---`) */
export function splitManifests(big: string): string[] {
  return big.trim().split(/(?:^|\s*\n)---\s*/).filter((d) => d !== '').map((d) => d.trim());
}

function headOf(doc: string, path: string): Head {
  let v: unknown;
  try {
    v = parse(doc);
  } catch (e) {
    throw new HelmError(`YAML parse error on ${path}: error converting YAML to JSON: yaml: ${goYamlMessage((e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''))}`);
  }
  const o = (v && typeof v === 'object' ? v : {}) as { kind?: unknown; apiVersion?: unknown; metadata?: { name?: unknown; annotations?: Record<string, string> } };
  return { kind: String(o.kind ?? ''), apiVersion: String(o.apiVersion ?? ''), name: String(o.metadata?.name ?? ''), annotations: o.metadata?.annotations ?? {} };
}

export interface RenderOutcome {
  manifests: SortedManifest[];
  hooks: Hook[];
  notes: string;
  /** the release's manifest text */
  manifest: string;
}

/** `files`: rendered template path → text (the engine's output), `chartName`: the top chart */
export function sortRendered(files: Record<string, string>, chartName: string, subNotes = false): RenderOutcome {
  let notes = '';
  const rest: Record<string, string> = {};
  // Helm walks a Go map here (random order); sorted paths make --render-subchart-notes deterministic
  for (const k of Object.keys(files).sort()) {
    const v = files[k]!;
    if (k.endsWith('NOTES.txt')) {
      if (subNotes || k === `${chartName}/templates/NOTES.txt`) notes += (notes ? '\n' : '') + v;
    } else rest[k] = v;
  }
  const generic: SortedManifest[] = [];
  const hooks: Hook[] = [];
  for (const path of Object.keys(rest).sort()) {
    const content = rest[path]!;
    if (path.split('/').pop()!.startsWith('_') || content.trim() === '') continue;
    for (const doc of splitManifests(content)) {
      const head = headOf(doc, path);
      const hookTypes = head.annotations['helm.sh/hook'];
      if (hookTypes === undefined) {
        generic.push({ name: path, content: doc, head });
        continue;
      }
      const events = hookTypes.split(',').map((h) => h.trim().toLowerCase());
      if (!events.every((e) => HOOK_EVENTS.includes(e))) continue; // "skipping unknown hooks"
      const weight = Number.parseInt(head.annotations['helm.sh/hook-weight'] ?? '0', 10) || 0;
      const deletes = (head.annotations['helm.sh/hook-delete-policy'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      hooks.push({ name: head.name, kind: head.kind, path, manifest: doc, events, last_run: { started_at: '', completed_at: '', phase: '' }, ...(weight ? { weight } : {}), ...(deletes.length ? { delete_policies: deletes } : {}) });
    }
  }
  const manifests = byKind(generic, (m) => m.head.kind);
  const manifest = manifests.map((m) => `---\n# Source: ${m.name}\n${m.content}\n`).join('');
  return { manifests, hooks: byKind(hooks, (h) => h.kind), notes, manifest };
}
