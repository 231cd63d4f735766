// The meta.k8s.io/v1 Table that `kubectl get` prints: the same shape the api-server returns when
// kubectl asks for `as=Table`, so `kubeplay serve` can hand these to the real kubectl unchanged.
// mirrors staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go (Table, TableColumnDefinition, TableRow)
import type { KubeObject } from '../../../sim/api/types';

export interface TableColumnDefinition {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format: string;
  description: string;
  /** 0 = always shown; >0 = only with -o wide */
  priority: number;
}

export type TableCell = string | number | boolean | null;

export interface TableRow {
  cells: TableCell[];
  object: KubeObject;
}

export interface Table {
  apiVersion: 'meta.k8s.io/v1';
  kind: 'Table';
  metadata: { resourceVersion?: string };
  columnDefinitions: TableColumnDefinition[];
  rows: TableRow[];
}

/** One kind's printer: its columns (mirrors the AddHandlers column lists in printers.go) and one row per object. */
export interface KindPrinter {
  columns: TableColumnDefinition[];
  cells(obj: KubeObject, now: number): TableCell[];
}

export function col(name: string, type: TableColumnDefinition['type'], description: string, priority = 0, format = ''): TableColumnDefinition {
  return { name, type, format, description, priority };
}

export const NAME_COLUMN = col('Name', 'string', 'Name must be unique within a namespace.', 0, 'name');
export const AGE_COLUMN = col('Age', 'string', 'CreationTimestamp is a timestamp representing the server time when this object was created.');

/** labels.FormatLabels / labels.Set.String: `k=v,k2=v2` sorted by key, `<none>` when empty */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(',');
}

interface LabelSelectorLike {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
}

/** metav1.FormatLabelSelector: requirements sorted by key, `<none>` when nothing */
export function formatLabelSelector(sel: LabelSelectorLike | undefined): string {
  if (!sel) return '<none>';
  const reqs: Array<{ key: string; text: string }> = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    const text = e.operator === 'In' ? `${e.key} in (${values})` : e.operator === 'NotIn' ? `${e.key} notin (${values})` : e.operator === 'Exists' ? e.key : e.operator === 'DoesNotExist' ? `!${e.key}` : `${e.key} ${e.operator} (${values})`;
    reqs.push({ key: e.key, text });
  }
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const s = reqs.map((r) => r.text).join(',');
  return s === '' ? '<none>' : s;
}

/** containers' names and images, comma-joined, for the wide CONTAINERS / IMAGES columns */
export function containersAndImages(template: { spec?: { containers?: Array<{ name: string; image?: string }> } } | undefined): [string, string] {
  const cs = template?.spec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}
