// kubectl describe for kinds without a describer of their own (Events, Leases …): every field of
// the object, sorted, labelled "API Version", "First Timestamp" …, then its events.
// mirrors staging/src/k8s.io/kubectl/pkg/describe/describe.go (genericDescriber,
// printUnstructuredContent, smartLabelFor) and github.com/fatih/camelcase (Split)
import type { Event, KubeObject } from '../../../sim/api/types';
import { describeEvents } from './events';
import { PrefixWriter, printAnnotationsMultiline, printLabelsMultiline } from './writer';

const ACRONYMS = ['API', 'URL', 'UID', 'OSB', 'GUID'];

function charClass(c: string): number {
  if (/\p{Ll}/u.test(c)) return 1;
  if (/\p{Lu}/u.test(c)) return 2;
  if (/\p{Nd}/u.test(c)) return 3;
  return 4;
}

/** camelcase.Split: runs of one character class; an upper-case letter before lower case starts a word */
export function splitCamel(s: string): string[] {
  const runs: string[][] = [];
  let last = 0;
  for (const c of s) {
    const k = charClass(c);
    if (k === last && runs.length > 0) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = k;
  }
  for (let i = 0; i + 1 < runs.length; i++) {
    if (charClass(runs[i][0]) === 2 && charClass(runs[i + 1][0]) === 1) {
      runs[i + 1].unshift(runs[i].pop()!);
    }
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}

/** `apiVersion` → `API Version`; names with characters other than letters and '-' stay as they are */
export function smartLabel(field: string): string {
  if ([...field].some((c) => c !== '-' && !/\p{L}/u.test(c))) return field;
  return splitCamel(field)
    .filter((p) => p !== '_')
    .map((p) => (ACRONYMS.includes(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join(' ');
}

/** Go's %v of a JSON value */
function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const SKIP = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];

function printContent(w: PrefixWriter, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort()) {
    const value = content[field];
    const path = `${prefix}.${field}`;
    if (Array.isArray(value)) {
      if (SKIP.includes(path)) continue;
      w.write(level, `${smartLabel(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === 'object' && !Array.isArray(child)) printContent(w, level + 1, child as Record<string, unknown>, path);
        else w.write(level + 1, `${goValue(child)}\n`);
      }
    } else if (value && typeof value === 'object') {
      if (SKIP.includes(path)) continue;
      w.write(level, `${smartLabel(field)}:\n`);
      printContent(w, level + 1, value as Record<string, unknown>, path);
    } else {
      if (SKIP.includes(path)) continue;
      w.write(level, `${smartLabel(field)}:\t${goValue(value)}\n`);
    }
  }
}

export function describeGeneric(obj: KubeObject, events: Event[] | undefined, now: number): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name ?? ''}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  printContent(w, 0, obj as unknown as Record<string, unknown>, '');
  if (events) describeEvents(events, w, now);
  return w.toString();
}
