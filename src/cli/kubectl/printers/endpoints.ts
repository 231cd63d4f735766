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

interface SliceLike {
  metadata?: { name?: string; creationTimestamp?: string };
  addressType?: string;
  ports?: Array<{ name?: string; port?: number }>;
  endpoints?: Array<{ addresses?: string[] }>;
}

/** listWithMoreString: at most three, then "+ N more..."; nothing at all is <unset> */
function listWithMore(list: string[], count: number): string {
  const text = list.join(',');
  if (count > MAX_SHOWN) return `${text} + ${count - MAX_SHOWN} more...`;
  return text === '' ? '<unset>' : text;
}

// mirrors printers.go printEndpointSlice, formatDiscoveryPorts and formatDiscoveryEndpoints
export const endpointSlicePrinter: KindPrinter = {
  columns: [
    NAME_COLUMN,
    col('AddressType', 'string', 'addressType specifies the type of address carried by this EndpointSlice.'),
    col('Ports', 'string', 'ports specifies the list of network ports exposed by each endpoint in this slice.'),
    col('Endpoints', 'string', 'endpoints is a list of unique endpoints in this slice.'),
    AGE_COLUMN,
  ],
  cells(obj: KubeObject, now: number) {
    const s = obj as unknown as SliceLike;
    const ports = (s.ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : (p.name ?? '*')));
    const addresses = (s.endpoints ?? []).flatMap((e) => e.addresses ?? []);
    return [s.metadata?.name ?? '', s.addressType ?? '', listWithMore(ports.slice(0, MAX_SHOWN), ports.length), listWithMore(addresses.slice(0, MAX_SHOWN), addresses.length), translateTimestampSince(s.metadata?.creationTimestamp, now)];
  },
};
