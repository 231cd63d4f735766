// mirrors pkg/printers/internalversion/printers.go printEndpoints, formatEndpoints (at most 3, then "+ N more...")
import type { Endpoints, KubeObject } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, NAME_COLUMN, type KindPrinter } from './table';

const MAX_SHOWN = 3;

export function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) if (list.length < MAX_SHOWN) list.push(a.ip);
    } else {
      for (const p of ports) {
        count += addresses.length;
        for (const a of addresses) if (list.length < MAX_SHOWN) list.push(`${a.ip}:${p.port}`);
      }
    }
  }
  const text = list.join(',');
  if (count > MAX_SHOWN) return `${text} + ${count - MAX_SHOWN} more...`;
  return text === '' ? '<none>' : text;
}

export const endpointsPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Endpoints', 'string', 'Endpoints of the service'), AGE_COLUMN],
  cells(obj: KubeObject, now: number) {
    const ep = obj as unknown as Endpoints;
    return [ep.metadata?.name ?? '', formatEndpoints(ep), translateTimestampSince(ep.metadata?.creationTimestamp as string | undefined, now)];
  },
};
