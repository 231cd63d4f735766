// A Helm release as Helm 4 stores it: the JSON of helm.sh/helm/v4/pkg/release/v1.Release, with the
// chart as pkg/chart/v2.Chart (file contents base64, as Go encodes []byte). The real helm pointed at
// `kubeplay serve` decodes the same records (./codec.ts, ./storage.ts).

export type Status = 'unknown' | 'deployed' | 'uninstalled' | 'superseded' | 'failed' | 'uninstalling' | 'pending-install' | 'pending-upgrade' | 'pending-rollback';

/** chart.Metadata as Chart.yaml gives it (the loader's type) */
export type { ChartMetadata } from '../chart/load';
import type { ChartMetadata } from '../chart/load';

/** pkg/chart/common.File: data is base64 in JSON */
export interface ChartFile {
  name: string;
  data: string;
  modtime?: string;
}

export interface ChartRecord {
  metadata: ChartMetadata;
  lock: unknown;
  templates: ChartFile[];
  values: Record<string, unknown>;
  schema: string | null;
  files: ChartFile[];
  [key: string]: unknown;
}

export interface Info {
  first_deployed?: string;
  last_deployed?: string;
  deleted?: string;
  description?: string;
  status?: Status;
  rollback_revision?: number;
  notes?: string;
}

export interface Release {
  name: string;
  info: Info;
  chart: ChartRecord;
  /** the values the user supplied (--set, -f) */
  config?: Record<string, unknown>;
  manifest?: string;
  hooks?: unknown[];
  version: number;
  namespace: string;
  apply_method?: string;
  /** not in the JSON: the Secret's labels (pkg/storage/driver) */
  labels?: Record<string, string>;
}
