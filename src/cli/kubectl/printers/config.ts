// ConfigMaps, Secrets, ServiceAccounts and Leases: mirrors printers.go printConfigMap, printSecret,
// printServiceAccount and printLease.
import type { KubeObject } from '../../../sim/api/types';
import { translateTimestampSince } from './duration';
import { AGE_COLUMN, col, NAME_COLUMN, type KindPrinter } from './table';

const age = (o: KubeObject, now: number) => translateTimestampSince(o.metadata.creationTimestamp as string | undefined, now);
const size = (m: unknown) => Object.keys((m as Record<string, unknown> | undefined) ?? {}).length;

export const configMapPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Data', 'string', 'Data contains the configuration data.'), AGE_COLUMN],
  cells: (o, now) => [o.metadata.name ?? '', size(o.data) + size(o.binaryData), age(o, now)],
};

export const secretPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Type', 'string', 'Used to facilitate programmatic handling of secret data.'), col('Data', 'string', 'Data contains the secret data.'), AGE_COLUMN],
  cells: (o, now) => [o.metadata.name ?? '', String(o.type ?? ''), size(o.data), age(o, now)],
};

export const serviceAccountPrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Secrets', 'string', 'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use.'), AGE_COLUMN],
  cells: (o, now) => [o.metadata.name ?? '', Array.isArray(o.secrets) ? o.secrets.length : 0, age(o, now)],
};

export const leasePrinter: KindPrinter = {
  columns: [NAME_COLUMN, col('Holder', 'string', 'The holder of the lease.'), AGE_COLUMN],
  cells: (o, now) => [o.metadata.name ?? '', ((o.spec as { holderIdentity?: string } | undefined)?.holderIdentity) ?? '', age(o, now)],
};
