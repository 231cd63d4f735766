// `kubectl apply -f`: client-side apply with the last-applied-configuration annotation.
// mirrors staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go (applyOneObject) and pkg/util/apply.go
// (GetModifiedConfiguration); the three-way merge is in apply-merge.ts.
import { apiVersionOf, resourceForKind, type ResourceInfo } from '../../sim/api/resources';
import { isStatusError } from '../../sim/api/status';
import type { KubeObject } from '../../sim/api/types';
import { goYamlMessage, lineOfField, parseManifests, type ParsedDocument } from '../manifests';
import type { CliContext } from '../types';
import { deepEqual, diffPatch, threeWayMerge } from './apply-merge';
import type { ApplyDocumentResult, ApplyResult } from './apply-types';
import { serverErrorMessage } from './errors';
import { toGoJsonCompact } from './output/json';
import { kindPrefix } from './resolve';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export interface ApplyOptions {
  fileName?: string;
  /** true = 'server' (the api-server validates and defaults, stores nothing); 'client' = nothing is sent */
  dryRun?: boolean | 'client';
  /** -n: the namespace for objects that name none (default ctx.namespace) */
  namespace?: string;
}

/** The manifest as kubectl sends it: namespace filled in, the annotation holding its own JSON. */
export function withLastApplied(obj: KubeObject): KubeObject {
  const annotations = { ...(obj.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const bare = { ...obj, metadata: { ...obj.metadata, annotations } };
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...annotations, [LAST_APPLIED]: `${toGoJsonCompact(bare)}\n` } } };
}

function validationError(obj: Record<string, unknown>): string | undefined {
  const missing: string[] = [];
  if (!obj.apiVersion) missing.push('apiVersion not set');
  if (!obj.kind) missing.push('kind not set');
  if (missing.length === 0) return undefined;
  return missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
}

interface OneResult {
  action?: ApplyDocumentResult['action'];
  /** the object as it stands after (or would, under a dry run), for -o yaml|json|name */
  object?: KubeObject;
  warning?: string;
  error?: string;
  cause?: unknown;
}

async function applyOne(obj: KubeObject, r: ResourceInfo, ns: string | undefined, source: string, ctx: CliContext, dryRun: boolean | 'client'): Promise<OneResult> {
  const name = obj.metadata.name as string;
  const modified = withLastApplied(obj);
  const writeOpts = dryRun === true ? { dryRun: 'All' as const } : undefined;
  let current: KubeObject;
  try {
    current = await ctx.client.get(r, ns, name);
  } catch (e) {
    if (!isStatusError(e) || e.code !== 404) return { error: serverErrorMessage(e, `error when retrieving current configuration of:\nResource: "${r.group ? `${r.group}/` : '/'}${r.version}, Resource=${r.resource}", GroupVersionKind: "${r.group ? `${r.group}/` : '/'}${r.version}, Kind=${r.kind}"\nName: "${name}", Namespace: "${ns ?? ''}"\nfrom server for: "${source}"`) };
    if (dryRun === 'client') return { action: 'created', object: modified };
    try {
      const created = await ctx.client.create(r, ns, modified, writeOpts);
      return { action: 'created', object: created };
    } catch (err) {
      return { error: serverErrorMessage(err, `error when creating "${source}"`), cause: err };
    }
  }
  const lastText = current.metadata.annotations?.[LAST_APPLIED];
  const warning = lastText
    ? undefined
    : `Warning: resource ${r.resource}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`;
  let original: unknown;
  try {
    original = lastText ? JSON.parse(lastText) : undefined;
  } catch {
    original = undefined;
  }
  const merged = threeWayMerge(original, modified, current) as KubeObject;
  if (deepEqual(merged, current)) return { action: 'unchanged', warning, object: current };
  if (dryRun === 'client') return { action: 'configured', warning, object: merged };
  try {
    const updated = await ctx.client.update(r, ns, { ...merged, metadata: { ...merged.metadata, resourceVersion: current.metadata.resourceVersion } }, writeOpts);
    return { action: 'configured', warning, object: updated };
  } catch (err) {
    const gv = r.group ? `${r.group}/${r.version}` : `/${r.version}`;
    const context = `error when applying patch:\n${toGoJsonCompact(diffPatch(current, merged))}\nto:\nResource: "${gv}, Resource=${r.resource}", GroupVersionKind: "${gv}, Kind=${r.kind}"\nName: "${name}", Namespace: "${ns ?? ''}"\nfor: "${source}": error when patching "${source}"`;
    return { error: serverErrorMessage(err, context), cause: err, warning };
  }
}

function invalidLine(err: unknown, d: ParsedDocument, text: string): number {
  if (isStatusError(err)) {
    const field = err.status.details?.causes?.[0]?.field;
    if (field) return lineOfField(d.doc, field, text) ?? d.startLine;
  }
  return d.startLine;
}

export async function applyManifests(text: string, ctx: CliContext, opts: ApplyOptions = {}): Promise<ApplyResult> {
  return (await applyManifestsSplit(text, ctx, opts)).result;
}

/** applyManifests, with kubectl's stdout (successes) and stderr (errors) apart, for the terminal */
export async function applyManifestsSplit(text: string, ctx: CliContext, opts: ApplyOptions = {}): Promise<{ result: ApplyResult; stdout: string; stderr: string; objects: Array<{ obj: KubeObject; resource: ResourceInfo }> }> {
  const source = opts.fileName ?? 'STDIN';
  const parsed = parseManifests(text);
  if (parsed.error) {
    const message = `error: error parsing ${source}: error converting YAML to JSON: yaml: line ${parsed.error.goLine ?? parsed.error.line}: ${goYamlMessage(parsed.error.message)}`;
    return { result: { ok: false, parseError: parsed.error, documents: [], output: `${message}\n` }, stdout: '', stderr: `${message}\n`, objects: [] };
  }
  const out: string[] = [];
  const errors: string[] = [];
  /** warnings go to stderr as they happen; `all` keeps kubectl's interleaving for `output` */
  const warnings: string[] = [];
  const all: string[] = [];
  const documents: ApplyDocumentResult[] = [];
  const objects: Array<{ obj: KubeObject; resource: ResourceInfo }> = [];
  for (const [index, d] of parsed.documents.entries()) {
    const res: ApplyDocumentResult = { index, startLine: d.startLine, endLine: d.endLine };
    documents.push(res);
    const raw = (typeof d.object === 'object' && d.object !== null ? d.object : {}) as Record<string, unknown>;
    const bad = validationError(raw);
    if (bad) {
      const message = `error: error validating "${source}": error validating data: ${bad}; if you choose to ignore these errors, turn validation off with --validate=false`;
      res.error = { message, line: d.startLine };
      errors.push(message);
      break; // kubectl's stream visitor stops at a document that fails validation
    }
    const obj = raw as unknown as KubeObject;
    obj.metadata = obj.metadata ?? {};
    res.kind = obj.kind;
    res.name = obj.metadata.name;
    const r = resourceForKind(String(obj.apiVersion), String(obj.kind));
    if (!r) {
      const [group, version] = String(obj.apiVersion).includes('/') ? String(obj.apiVersion).split('/') : ['', String(obj.apiVersion)];
      const message = `error: resource mapping not found for name: "${obj.metadata.name ?? ''}" namespace: "${obj.metadata.namespace ?? ''}" from "${source}": no matches for kind "${obj.kind}" in version "${group ? `${group}/${version}` : version}"\nensure CRDs are installed first`;
      res.error = { message, line: lineOfField(d.doc, 'kind', text) ?? d.startLine };
      errors.push(message);
      continue;
    }
    if (r.namespaced && opts.namespace && obj.metadata.namespace && obj.metadata.namespace !== opts.namespace) {
      const message = `error: the namespace from the provided object "${obj.metadata.namespace}" does not match the namespace "${opts.namespace}". You must pass '--namespace=${obj.metadata.namespace}' to perform this operation.`;
      res.error = { message, line: lineOfField(d.doc, 'metadata.namespace', text) ?? d.startLine };
      errors.push(message);
      continue;
    }
    const ns = r.namespaced ? (obj.metadata.namespace ?? opts.namespace ?? ctx.namespace) : undefined;
    if (r.namespaced) obj.metadata.namespace = ns;
    res.namespace = ns;
    if (!obj.metadata.name) {
      const message = `error: error when retrieving current configuration of:\nResource: "${apiVersionOf(r)}, Resource=${r.resource}", GroupVersionKind: "${apiVersionOf(r)}, Kind=${r.kind}"\nName: "", Namespace: "${ns ?? ''}"\nfrom server for: "${source}": resource name may not be empty`;
      res.error = { message, line: d.startLine };
      errors.push(message);
      continue;
    }
    const result = await applyOne(obj, r, ns, source, ctx, opts.dryRun ?? false);
    if (result.object) objects.push({ obj: result.object, resource: r });
    if (result.warning) {
      warnings.push(result.warning);
      all.push(result.warning);
    }
    if (result.error) {
      // point at the offending field when the server names it (Invalid's causes)
      res.error = { message: result.error, line: invalidLine(result.cause, d, text) };
      errors.push(result.error);
      continue;
    }
    res.action = result.action;
    const line = `${kindPrefix(r)}/${obj.metadata.name} ${result.action}${opts.dryRun === 'client' ? ' (dry run)' : opts.dryRun ? ' (server dry run)' : ''}`;
    out.push(line);
    all.push(line);
  }
  const text2 = (lines: string[]) => (lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const result = { ok: errors.length === 0, documents, output: text2([...all, ...errors]) };
  return { result, stdout: text2(out), stderr: text2([...warnings, ...errors]), objects };
}
