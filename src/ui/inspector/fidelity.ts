// Where the simulator simplifies, per kind: each note says what Kubeplay does and names the upstream
// behaviour it stands in for. The text lives in the i18n files (`inspector.fidelity.<id>`), in both languages.

/** note ids per kind; '*' applies to every object */
export const FIDELITY: Record<string, readonly string[]> = {
  '*': ['clock'],
  Pod: ['images', 'processes', 'probes', 'scheduling', 'network'],
  Node: ['nodes', 'heartbeat'],
  Deployment: ['controllers'],
  ReplicaSet: ['controllers'],
  Service: ['kubeProxy', 'loadBalancer'],
  Endpoints: ['endpoints'],
  EndpointSlice: ['endpoints'],
  Event: ['events'],
  Job: ['controllers'],
  CronJob: ['cron'],
  DaemonSet: ['controllers'],
  HorizontalPodAutoscaler: ['metrics'],
};

export function fidelityNotes(kind: string): string[] {
  return [...(FIDELITY[kind] ?? []), ...FIDELITY['*']];
}
