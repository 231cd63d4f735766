// `kubectl set env TYPE/NAME KEY=VAL… KEY-… [--from=configmap/x|secret/x] [--prefix] [-c] [--list]`.
// mirrors kubectl/pkg/cmd/set/set_env.go and env/env_parse.go (keyToEnvName, the --list format)
import { R } from '../../sim/api/resources';
import type { CliContext, CommandResult } from '../types';
import { fail, serverErrorMessage } from './errors';
import { selectContainers, setOnTemplates, type ContainerLike } from './set-template';
import { resolveArgs } from './resolve';

type Env = NonNullable<ContainerLike['env']>[number];

/** a ConfigMap/Secret key as an environment variable name: upper case, `-` and `.` → `_` */
function keyToEnvName(key: string): string {
  return key.toUpperCase().replace(/[-.]/g, '_');
}

async function fromSource(from: string, ctx: CliContext, ns: string, prefix: string): Promise<{ env: Env[]; warnings: string[] } | { error: string }> {
  const [kind, name] = from.split('/');
  const isCm = ['configmap', 'configmaps', 'cm'].includes(kind);
  const isSecret = ['secret', 'secrets'].includes(kind);
  if ((!isCm && !isSecret) || !name) return { error: `error: unsupported resource specified in --from` };
  try {
    const obj = await ctx.client.get(isCm ? R.configmaps : R.secrets, ns, name);
    const keys = Object.keys((obj as { data?: Record<string, string> }).data ?? {}).sort();
    const warnings: string[] = [];
    const env = keys.map((key) => {
      const envName = keyToEnvName(key);
      if (envName !== key) warnings.push(`key ${key} transferred to ${envName}`);
      return { name: `${prefix}${envName}`, valueFrom: { [isCm ? 'configMapKeyRef' : 'secretKeyRef']: { key, name } } };
    });
    return { env, warnings };
  } catch (e) {
    return { error: serverErrorMessage(e) };
  }
}

function listEnv(c: ContainerLike, resourceKind: string, name: string): string {
  let out = `# ${resourceKind} ${name}, container ${c.name}\n`;
  for (const e of c.env ?? []) {
    if (e.value !== undefined || !e.valueFrom) out += `${e.name}=${e.value ?? ''}\n`;
    else {
      const ref = Object.entries(e.valueFrom)[0] as [string, { name?: string; key?: string; fieldPath?: string }];
      if (ref[0] === 'configMapKeyRef') out += `# ${e.name} from configmap ${ref[1].name}, key ${ref[1].key}\n`;
      else if (ref[0] === 'secretKeyRef') out += `# ${e.name} from secret ${ref[1].name}, key ${ref[1].key}\n`;
      else if (ref[0] === 'fieldRef') out += `# ${e.name} from field path ${ref[1].fieldPath}\n`;
      else out += `# ${e.name} from ${ref[0]}\n`;
    }
  }
  return out;
}

export async function kubectlSetEnv(rest: string[], flags: Record<string, unknown>, ctx: CliContext): Promise<CommandResult> {
  const ns = (flags.namespace as string | undefined) ?? ctx.namespace;
  const pairs = rest.filter((a) => a.includes('=') || (a.endsWith('-') && !a.includes('/')));
  const targets = rest.filter((a) => !pairs.includes(a));
  if (targets.length === 0) return fail("error: at least one resource must be specified to update\nSee 'kubectl set env -h' for help and examples");
  const container = flags.container as string | undefined;
  if (flags.list) {
    let stdout = '';
    for (const { resource, names } of resolveArgs(targets)) {
      for (const name of names) {
        try {
          const obj = await ctx.client.get(resource, ns, name);
          const spec = (resource.kind === 'Pod' ? obj.spec : (obj.spec as { template?: { spec?: unknown } }).template?.spec) as { containers?: ContainerLike[] };
          for (const c of selectContainers(spec, container)) stdout += listEnv(c, resource.kind, name);
        } catch (e) {
          return { stdout, stderr: `${serverErrorMessage(e)}\n`, exitCode: 1 };
        }
      }
    }
    return { stdout, stderr: '', exitCode: 0 };
  }
  const set: Env[] = [];
  const remove: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq < 0) remove.push(p.slice(0, -1));
    else if (eq === 0) return fail(`error: invalid key: ""`);
    else set.push({ name: p.slice(0, eq), value: p.slice(eq + 1) });
  }
  const warnings: string[] = [];
  if (flags.from) {
    const got = await fromSource(flags.from as string, ctx, ns, (flags.prefix as string | undefined) ?? '');
    if ('error' in got) return fail(got.error);
    set.push(...got.env);
    warnings.push(...got.warnings);
  }
  const r = await setOnTemplates(targets, ctx, ns, 'env updated', (spec, t) => {
    const cs = selectContainers(spec, container);
    if (cs.length === 0) return { warnings: [`${t.resource.kind}/${t.name} does not have any containers matching "${container}"`] };
    for (const c of cs) {
      let env = (c.env ?? []).filter((e) => !remove.includes(e.name));
      for (const e of set) {
        const i = env.findIndex((x) => x.name === e.name);
        if (i >= 0) env = env.map((x, j) => (j === i ? e : x));
        else env = [...env, e];
      }
      if (env.length > 0) c.env = env;
      else delete c.env;
    }
  });
  const head = warnings.map((w) => `Warning: ${w}\n`).join('');
  return { ...r, stderr: head + r.stderr };
}

