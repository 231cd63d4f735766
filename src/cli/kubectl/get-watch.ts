// `kubectl get -w` / `--watch-only`: the list, then one row per change until interrupted (Ctrl+C,
// `timeout`) or the watch's server-side timeout (30 minutes here; the api-server picks 30–60).
// Rows keep the column widths already printed and only widen them, as kubectl's tab writer does.
// mirrors kubectl/pkg/cmd/get/get.go (watch) and cli-runtime's printers (tableprinter, tabwriter)
import type { ResourceInfo } from '../../sim/api/resources';
import type { KubeObject, WatchEvent } from '../../sim/api/types';
import type { CliContext, CommandResult } from '../types';
import { printObjects, type ObjectFormat } from './output/objects';
import { buildTable } from './printers';
import { tableRows, type TableTextOptions } from './table-text';

const POLL_MS = 1000;
const WATCH_TIMEOUT_MS = 30 * 60_000;
const MIN_WIDTH = 6;
const PADDING = 3;

/** a tab writer whose column widths persist across flushes (kubectl's watch output) */
class GrowingColumns {
  private widths: number[] = [];

  format(lines: string[]): string {
    const rows = lines.map((l) => l.split('\t'));
    for (const cells of rows) {
      cells.slice(0, -1).forEach((c, i) => {
        this.widths[i] = Math.max(this.widths[i] ?? MIN_WIDTH, [...c].length + PADDING);
      });
    }
    return rows.map((cells) => cells.map((c, i) => (i < cells.length - 1 ? c + ' '.repeat(Math.max(0, this.widths[i] - [...c].length)) : c)).join('')).join('\n') + '\n';
  }
}

export interface WatchRequest {
  resource: ResourceInfo;
  namespace: string | undefined;
  labelSelector?: string;
  fieldSelector?: string;
  /** '' for tables, or yaml|json|name */
  output: string;
  watchOnly: boolean;
  events: boolean;
  table: TableTextOptions;
}

export async function watchGet(req: WatchRequest, ctx: CliContext): Promise<CommandResult> {
  let stdout = '';
  const out = (s: string) => {
    if (ctx.print) ctx.print(s);
    else stdout += s;
  };
  const columns = new GrowingColumns();
  let headerShown = false;
  const render = (objects: KubeObject[], type?: string) => {
    if (objects.length === 0) return;
    if (req.output === 'yaml' || req.output === 'json' || req.output === 'name') {
      const text = printObjects(objects.map((obj) => ({ obj, resource: req.resource })), req.output as ObjectFormat, true);
      out(req.output === 'yaml' ? `${text.startsWith('---') ? '' : '---\n'}${text}` : text);
      return;
    }
    const table = buildTable(req.resource.resource, objects, ctx.now());
    const rows = tableRows(table, { ...req.table, noHeaders: req.table.noHeaders || headerShown });
    if (req.events) {
      // --output-watch-events: an EVENT column first
      const withEvent = rows.map((r, i) => (i === 0 && !headerShown && !req.table.noHeaders ? `EVENT\t${r}` : `${type ?? 'ADDED'}\t${r}`));
      out(columns.format(withEvent));
    } else out(columns.format(rows));
    headerShown = true;
  };

  const list = await ctx.client.list(req.resource, req.namespace, { labelSelector: req.labelSelector, fieldSelector: req.fieldSelector });
  if (!req.watchOnly) {
    if (req.events) for (const o of list.items) render([o], 'ADDED');
    else render(list.items);
  }
  const queue: WatchEvent[] = [];
  const stop = ctx.client.watch(req.resource, req.namespace, { labelSelector: req.labelSelector, fieldSelector: req.fieldSelector, resourceVersion: list.metadata?.resourceVersion }, (ev) => {
    if (ev.type !== 'BOOKMARK') queue.push(ev);
  });
  try {
    if (!ctx.sleep) return { stdout, stderr: '', exitCode: 0 };
    for (let waited = 0; waited < WATCH_TIMEOUT_MS; waited += POLL_MS) {
      await ctx.sleep(POLL_MS);
      for (const ev of queue.splice(0)) render([ev.object], ev.type);
    }
  } finally {
    stop();
  }
  return { stdout, stderr: '', exitCode: 0 };
}

