// The built-in chart repository's data (scripts/gen-charts.ts writes it from charts/stable).

/** one chart version in a repository, with its files (paths relative to the chart's directory) */
export interface RepoChart {
  name: string;
  version: string;
  /** '' when Chart.yaml has none */
  appVersion: string;
  description: string;
  keywords: string[];
  /** every file of the chart as text, subcharts too (charts/mariadb/Chart.yaml) */
  files: Record<string, string>;
}

export interface RepoIndex {
  apiVersion: 'v1';
  charts: RepoChart[];
}
