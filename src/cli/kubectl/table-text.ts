// A Table as `kubectl get` prints it: mirrors staging/src/k8s.io/cli-runtime/pkg/printers/tableprinter.go
// (printTable, decorateTable): UPPERCASE headers, priority>0 columns only with -o wide, NAMESPACE first
// with -A, LABELS last with --show-labels, `kind/name` when several kinds are printed.
import type { Table, TableCell } from './printers/table';
import { formatLabels } from './printers/table';
import { GET_TABWRITER, tabwrite } from './tabwriter';

export interface TableTextOptions {
  wide?: boolean;
  withNamespace?: boolean;
  showLabels?: boolean;
  noHeaders?: boolean;
  /** `pod` or `deployment.apps`: prefix names as `pod/x` (kubectl get all, pods,svc) */
  kindPrefix?: string;
}

function cellText(c: TableCell): string {
  if (c === null || c === undefined) return '<none>';
  return String(c);
}

/** The rendered lines without tab alignment: one string per row, cells joined by \t. */
export function tableRows(table: Table, opts: TableTextOptions = {}): string[] {
  const visible = table.columnDefinitions.map((c, i) => ({ c, i })).filter(({ c }) => opts.wide || c.priority === 0);
  const nameIndex = table.columnDefinitions.findIndex((c) => c.format === 'name');
  const rows: string[] = [];
  if (!opts.noHeaders) {
    const headers = visible.map(({ c }) => c.name.toUpperCase());
    if (opts.withNamespace) headers.unshift('NAMESPACE');
    if (opts.showLabels) headers.push('LABELS');
    rows.push(headers.join('\t'));
  }
  for (const row of table.rows) {
    const cells = visible.map(({ i }) => {
      const text = cellText(row.cells[i]);
      return i === nameIndex && opts.kindPrefix ? `${opts.kindPrefix}/${text}` : text;
    });
    if (opts.withNamespace) cells.unshift(row.object.metadata?.namespace ?? '');
    if (opts.showLabels) cells.push(formatLabels(row.object.metadata?.labels));
    rows.push(cells.join('\t'));
  }
  return rows;
}

export function renderTable(table: Table, opts: TableTextOptions = {}): string {
  if (table.rows.length === 0) return '';
  return tabwrite(`${tableRows(table, opts).join('\n')}\n`, GET_TABWRITER);
}
