// `helm repo add|list|update|remove` over the workspace's in-memory repository list
// (src/helm/repo): output and errors as helm 4.1's pkg/cmd/repo_*.go print them. Only the URLs the
// playground hosts can be added; any other "cannot be reached", as with no network.
import type { CliContext, CommandResult } from '../types';
import { isHosted, normalizeRepoUrl, repositories } from '../../helm/repo';
import { toKubectlYaml } from '../kubectl/output/yaml';
import { FlagError, flag, parseFlags, type FlagSpec } from './flags';
import { uiTable } from './format';

const USAGE: Record<string, string> = {
  add: 'helm repo add [NAME] [URL] [flags]',
  remove: 'helm repo remove [REPO1 [REPO2 ...]] [flags]',
  list: 'helm repo list [flags]',
  update: 'helm repo update [REPO1 [REPO2 ...]] [flags]',
};
/** Helm 2's repositories, gone since 2020: helm refuses them (repo_add.go deprecatedRepos) */
const DEPRECATED: [string, string][] = [
  ['//kubernetes-charts.storage.googleapis.com', 'https://charts.helm.sh/stable'],
  ['//kubernetes-charts-incubator.storage.googleapis.com', 'https://charts.helm.sh/incubator'],
];
const ALIASES: Record<string, string> = { ls: 'list', rm: 'remove', up: 'update' };

const usage = (sub: string, what: string) => new Error(`"helm repo ${sub}" ${what}\n\nUsage:  ${USAGE[sub]}`);
const ok = (stdout: string, stderr = ''): CommandResult => ({ stdout, stderr, exitCode: 0 });

/** the host part of a URL, for Go's "dial tcp: lookup HOST: no such host" */
function hostOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0]!.replace(/:\d+$/, '');
}

export function runRepo(argv: string[], globals: FlagSpec[], ctx: CliContext): CommandResult {
  const [given, ...rest] = argv;
  const sub = given === undefined ? undefined : (ALIASES[given] ?? given);
  if (sub === undefined || !(sub in USAGE)) {
    if (sub === 'index') throw new Error('helm repo index writes an index.yaml for packaged charts, which the playground has no use for: its repositories are built in');
    throw new Error(sub === undefined ? '"helm repo" requires a subcommand: add, list, remove or update' : `unknown command "${sub}" for "helm repo"\nRun 'helm repo --help' for usage.`);
  }
  const specs: Record<string, FlagSpec[]> = {
    add: [{ name: 'force-update', kind: 'bool' }, { name: 'allow-deprecated-repos', kind: 'bool' }, { name: 'username', kind: 'string' }, { name: 'password', kind: 'string' }, { name: 'pass-credentials', kind: 'bool' }, { name: 'insecure-skip-tls-verify', kind: 'bool' }],
    list: [{ name: 'output', short: 'o', kind: 'string' }],
    update: [{ name: 'fail-on-repo-update-fail', kind: 'bool' }, { name: 'timeout', kind: 'string' }],
    remove: [],
  };
  const p = parseFlags(rest, [...globals, ...specs[sub]!]);
  const repos = repositories(ctx.workspace);
  switch (sub) {
    case 'add': {
      if (p.args.length !== 2) throw usage('add', 'requires 2 arguments');
      const [name, url] = p.args as [string, string];
      if (flag(p, 'allow-deprecated-repos') !== 'true') {
        for (const [old, now] of DEPRECATED) if (url.includes(old)) throw new Error(`repo "${url}" is no longer available; try "${now}" instead`);
      }
      if (name.includes('/')) throw new Error(`repository name (${name}) contains '/', please specify a different name without '/'`);
      const existing = repos.find((r) => r.name === name);
      const force = flag(p, 'force-update') === 'true';
      if (existing && !force) {
        if (existing.url === url) return ok(`"${name}" already exists with the same configuration, skipping\n`);
        throw new Error(`repository name (${name}) already exists, please specify a different name`);
      }
      if (!isHosted(url)) {
        const index = `${normalizeRepoUrl(url)}/index.yaml`;
        if (!/^https?:\/\//.test(url)) throw new Error(`could not find protocol handler for: ${url.split(':')[0] === url ? '' : url.split(':')[0]}`);
        throw new Error(`looks like "${url}" is not a valid chart repository or cannot be reached: Get "${index}": dial tcp: lookup ${hostOf(url)}: no such host`);
      }
      if (existing) existing.url = url;
      else repos.push({ name, url });
      return ok(`"${name}" has been added to your repositories\n`);
    }
    case 'list': {
      if (p.args.length) throw usage('list', 'accepts no arguments');
      const o = flag(p, 'output') ?? 'table';
      if (!['table', 'json', 'yaml'].includes(o)) throw new FlagError(`invalid argument "${o}" for "-o, --output" flag: invalid format type`);
      if (repos.length === 0) return ok('', 'no repositories to show\n');
      if (o === 'json') return ok(`${JSON.stringify(repos.map((r) => ({ name: r.name, url: r.url })))}\n`);
      if (o === 'yaml') return ok(toKubectlYaml(repos.map((r) => ({ name: r.name, url: r.url }))));
      return ok(uiTable([['NAME', 'URL'], ...repos.map((r) => [r.name, r.url])]));
    }
    case 'update': {
      if (repos.length === 0) throw new Error('no repositories found. You must add one before updating');
      const chosen = p.args.length ? repos.filter((r) => p.args.includes(r.name)) : repos;
      const missing = p.args.filter((a) => !repos.some((r) => r.name === a));
      if (missing.length) throw new Error(`no repositories found matching '${missing[0]}'.  Nothing will be updated`);
      let out = 'Hang tight while we grab the latest from your chart repositories...\n';
      for (const r of chosen) out += `...Successfully got an update from the "${r.name}" chart repository\n`;
      return ok(`${out}Update Complete. ⎈Happy Helming!⎈\n`);
    }
    case 'remove': {
      if (p.args.length === 0) throw usage('remove', 'requires at least 1 argument');
      let out = '';
      for (const name of p.args) {
        const i = repos.findIndex((r) => r.name === name);
        if (i < 0) return { stdout: out, stderr: `Error: no repo named "${name}" found\n`, exitCode: 1 };
        repos.splice(i, 1);
        out += `"${name}" has been removed from your repositories\n`;
      }
      return ok(out);
    }
  }
  return ok('');
}
