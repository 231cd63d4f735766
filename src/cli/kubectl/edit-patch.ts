// The pure half of `kubectl edit`: the editor buffer kubectl writes, reading the buffer back, and the
// patch from the original to the edited object. mirrors kubectl/pkg/cmd/util/editor/editoptions.go
// (editHeader.writeTo, the comment stripping in manualStrip, and the "no changes" check).
import { parseDocument } from 'yaml';
import type { KubeObject } from '../../sim/api/types';
import { toKubectlYaml } from './output/yaml';

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

/** One failed save, shown at the top of the re-opened buffer (editReason in editoptions.go). */
export interface EditReason {
  head: string;
  other: string[];
}

/** The object as kubectl shows it in the editor: header, any failures, then YAML without managedFields. */
export function editBuffer(obj: KubeObject, reasons: EditReason[] = []): string {
  let out = HEADER;
  for (const r of reasons) {
    out += `# ${r.head}\n`;
    for (const o of r.other) out += `# * ${o}\n`;
    out += '#\n';
  }
  return out + toKubectlYaml(stripManagedFields(obj));
}

export function stripManagedFields(obj: KubeObject): KubeObject {
  if (!obj.metadata?.managedFields) return obj;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { managedFields, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** Lines that begin with '#' are ignored (manualStrip); the rest is the edited YAML. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}

export type ParsedEdit = { kind: 'empty' } | { kind: 'object'; object: KubeObject } | { kind: 'error'; message: string };

export function parseEdited(text: string): ParsedEdit {
  const body = stripComments(text);
  if (body.trim() === '') return { kind: 'empty' };
  const doc = parseDocument(body);
  if (doc.errors.length > 0) return { kind: 'error', message: doc.errors[0].message.split('\n')[0] };
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'error', message: 'error: object is not a map' };
  return { kind: 'object', object: value as KubeObject };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}

/**
 * RFC 7386 JSON merge patch from `original` to `edited`: changed fields, `null` for removed ones,
 * lists replaced whole. undefined = no change. (kubectl sends a strategic merge patch for built-in
 * kinds; for an edit of the whole object the result is the same object.)
 */
export function mergePatch(original: unknown, edited: unknown): unknown {
  if (equal(original, edited)) return undefined;
  if (!isObject(original) || !isObject(edited)) return edited;
  const patch: Record<string, unknown> = {};
  for (const k of Object.keys(original)) if (!(k in edited)) patch[k] = null;
  for (const [k, v] of Object.entries(edited)) {
    if (!(k in original)) patch[k] = v;
    else {
      const p = mergePatch(original[k], v);
      if (p !== undefined) patch[k] = p;
    }
  }
  return patch;
}

/** kubectl refuses an edit that renames the object or changes its type (editoptions.go preconditions). */
export function identityChanged(original: KubeObject, edited: KubeObject): boolean {
  return original.apiVersion !== edited.apiVersion || original.kind !== edited.kind || original.metadata?.name !== edited.metadata?.name;
}
