// Bundles the built-in chart repository `stable` (charts/stable/<name>/, real chart directories the
// real helm can lint and render) into src/helm/repo/stable.generated.json, so the playground serves
// it offline: one entry per chart with its Chart.yaml metadata and every file as text. `hello` is
// `helm create hello`, made from src/helm/create/scaffold.ts rather than kept as a second copy.
// Run by `npm run gen:schema`; the output is gitignored (*.generated.json).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CREATE_FILES } from '../src/helm/create/scaffold';
import type { RepoChart } from '../src/helm/repo/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STABLE = join(ROOT, 'charts', 'stable');
const OUT = join(ROOT, 'src', 'helm', 'repo', 'stable.generated.json');

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function entry(files: Record<string, string>): RepoChart {
  const meta = parse(files['Chart.yaml'] ?? '') as Record<string, unknown>;
  return {
    name: String(meta.name),
    version: String(meta.version),
    appVersion: meta.appVersion === undefined ? '' : String(meta.appVersion),
    description: String(meta.description ?? ''),
    keywords: Array.isArray(meta.keywords) ? meta.keywords.map(String) : [],
    files,
  };
}

export function stableCharts(): RepoChart[] {
  const charts = readdirSync(STABLE)
    .filter((n) => statSync(join(STABLE, n)).isDirectory())
    .map((n) => entry(filesUnder(join(STABLE, n))));
  const hello = Object.fromEntries(CREATE_FILES.map(([p, c]) => [p, c.replaceAll('<CHARTNAME>', 'hello')]));
  charts.push(entry(hello));
  return charts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const charts = stableCharts();
  writeFileSync(OUT, `${JSON.stringify({ apiVersion: 'v1', charts })}\n`);
  console.log(`wrote ${relative(ROOT, OUT)}: ${charts.map((c) => `${c.name}-${c.version}`).join(', ')}`);
}
