// Reading the worker's AKS model and timeline while a panel shows them: once a real-time second
// (the clock may run at 50x; a second is a fine grain to watch), stopping when the panel closes.
import { useEffect, useState } from 'react';
import type { AksSnapshot } from '../../sim/aks/types';
import type { TimelineSample, TimelineSeries } from '../../sim/metrics/timeline';
import { workerClient } from '../../worker/client';

export const POLL_MS = 1000;

export function useAksSnapshot(): AksSnapshot | null | undefined {
  const [snap, setSnap] = useState<AksSnapshot | null | undefined>();
  useEffect(() => {
    let live = true;
    const read = () =>
      workerClient.request({ method: 'aks' }).then(
        (s) => live && setSnap(s),
        () => live && setSnap(null),
      );
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return snap;
}

/** the samples so far, fetched incrementally (only what is newer than the last one held) */
export function useTimeline(): TimelineSeries | null | undefined {
  const [series, setSeries] = useState<TimelineSeries | null | undefined>();
  useEffect(() => {
    let live = true;
    let held: TimelineSample[] = [];
    const read = () =>
      workerClient.request({ method: 'timeline', since: held.at(-1)?.t }).then(
        (s) => {
          if (!live) return;
          if (!s) return setSeries(null);
          // a reset cluster starts its clock afresh: start over when time went backwards
          if (s.samples.length && held.length && s.samples[0].t <= held.at(-1)!.t) held = [];
          held = [...held, ...s.samples].slice(-720);
          setSeries({ ...s, samples: held });
        },
        () => live && setSeries(null),
      );
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return series;
}
