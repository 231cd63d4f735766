// The fault palette, where the learner is looking: the selected Node can be stopped and started,
// a Pod killed, its image broken or its probes failed (and healed), a Deployment's image broken or
// its CPU burnt. Each action is a
// worker request (src/sim/faults.ts); the cluster's reaction shows on the graph and in the events.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fault, FaultAction, FaultResult } from '../../sim/faults';
import { workerClient } from '../../worker/client';
import type { ObjectRef } from '../../state/ui-slice';

const ACTIONS: Record<string, FaultAction[]> = {
  Node: ['stopNode', 'startNode'],
  Pod: ['killPod', 'breakImage', 'failProbe', 'healProbe'],
  Deployment: ['breakImage', 'burnCpu'],
  DaemonSet: ['breakImage'],
  StatefulSet: ['breakImage'],
  Service: ['burnCpu'],
};

/** the load steps the CPU burner offers, in millicores */
const LOADS = [0, 500, 2000, 8000];

export function faultActionsFor(kind: string): FaultAction[] {
  return ACTIONS[kind] ?? [];
}

export function FaultActions({ target }: { target: ObjectRef }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<FaultResult | { ok: false; error: string } | undefined>();
  const [load, setLoad] = useState(2000);
  const actions = faultActionsFor(target.kind);
  if (actions.length === 0) return null;
  const run = async (action: FaultAction, value?: number) => {
    const fault: Fault = { action, kind: target.kind, namespace: target.namespace, name: target.name, value };
    try {
      setResult(await workerClient.request({ method: 'fault', fault }));
    } catch (e) {
      setResult({ ok: false, error: (e as Error).message });
    }
  };
  return (
    <section className="kp-section kp-faults" aria-label={t('inspector.faults.title')}>
      <h3>{t('inspector.faults.title')}</h3>
      <div className="kp-fault-buttons">
        {actions.map((a) =>
          a === 'burnCpu' ? (
            <span key={a} className="kp-fault-burn">
              <label>
                {t('inspector.faults.load')}{' '}
                <select value={load} onChange={(e) => setLoad(Number(e.target.value))}>
                  {LOADS.map((m) => (
                    <option key={m} value={m}>
                      {m === 0 ? t('inspector.faults.loadOff') : `${m}m`}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => void run('burnCpu', load)}>
                {t('inspector.faults.action.burnCpu')}
              </button>
            </span>
          ) : (
            <button key={a} type="button" onClick={() => void run(a)}>
              {t(`inspector.faults.action.${a}`)}
            </button>
          ),
        )}
      </div>
      <p className="kp-hint" aria-live="polite">
        {result && ('error' in result ? result.error : t(`inspector.faults.result.${result.message}`, result.params))}
      </p>
    </section>
  );
}
