// What `kubectl set image|env|resources` share: for each TYPE/NAME, change the containers of its pod
// template (or of the pod), and write it back only when something changed — kubectl prints
// `deployment.apps/web env updated` for a real change and nothing otherwise.
// mirrors kubectl/pkg/cmd/set (set_image.go, set_env.go, set_resources.go: patch calculation)
import type { ResourceInfo } from '../../sim/api/resources';
import type { KubeObject } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { deepEqual } from './apply-merge';
import { serverErrorMessage } from './errors';
import { kindPrefix, resolveArgs } from './resolve';

export interface ContainerLike {
  name: string;
  image?: string;
  env?: Array<{ name: string; value?: string; valueFrom?: Record<string, unknown> }>;
  envFrom?: unknown[];
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
}
export type PodSpecLike = { containers?: ContainerLike[]; initContainers?: ContainerLike[] };

export function podSpecOf(obj: KubeObject): PodSpecLike | undefined {
  const spec = obj.spec as { template?: { spec?: PodSpecLike } } & PodSpecLike;
  return obj.kind === 'Pod' ? spec : spec?.template?.spec;
}

export interface Target {
  resource: ResourceInfo;
  name: string;
  obj: KubeObject;
}

/**
 * Runs `change` on a private copy of each target; returns what to print. `change` returns the
 * warnings and errors it has for that target (printed to stderr) and edits `spec` in place.
 */
export async function setOnTemplates(
  targets: string[],
  ctx: CliContext,
  namespace: string,
  verb: string,
  change: (spec: PodSpecLike, t: Target) => { warnings?: string[]; errors?: string[] } | void,
): Promise<CommandResult> {
  let stdout = '';
  let stderr = '';
  const errors: string[] = [];
  for (const { resource, names } of resolveArgs(targets)) {
    for (const name of names) {
      try {
        const live = await ctx.client.get(resource, namespace, name);
        const obj = structuredClone({ ...live, kind: resource.kind }) as KubeObject;
        const spec = podSpecOf(obj);
        if (!spec) {
          errors.push(`error: ${kindPrefix(resource)}/${name} has no pod template`);
          continue;
        }
        const r = change(spec, { resource, name, obj }) ?? {};
        for (const w of r.warnings ?? []) stderr += `Warning: ${w}\n`;
        errors.push(...(r.errors ?? []));
        if (r.errors?.length || deepEqual(podSpecOf(obj), podSpecOf({ ...live, kind: resource.kind } as KubeObject))) continue;
        await ctx.client.update(resource, namespace, obj);
        stdout += `${kindPrefix(resource)}/${name} ${verb}\n`;
      } catch (e) {
        errors.push(serverErrorMessage(e));
      }
    }
  }
  if (errors.length > 0) stderr += `${errors.join('\n')}\n`;
  return { stdout, stderr, exitCode: errors.length > 0 ? 1 : 0 };
}

/** the containers `-c NAME` selects (a glob with `*`), init containers included as kubectl does */
export function selectContainers(spec: PodSpecLike, pattern: string | undefined): ContainerLike[] {
  const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  if (!pattern || pattern === '*') return all;
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return all.filter((c) => re.test(c.name));
}
