// The timeline bar: simulated time, Pause/Play, Step (to the next pending timer) and Speed.
// The worker owns the clock; these controls send `setClock`/`step` and show what it reports.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { workerClient } from '../../worker/client';
import type { Request } from '../../worker/protocol';
import { DEFAULT_EPOCH } from '../../sim/clock';
import { PauseIcon, PlayIcon, StepIcon } from '../shell/icons';
import { formatElapsed, formatInstant, SPEEDS } from './format';

const button = 'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-500 disabled:opacity-50';

async function send(req: Extract<Request, { method: 'setClock' | 'step' }>) {
  try {
    const clock = await workerClient.request(req);
    useStore.getState().setClock(clock);
  } catch {
    // a dead worker shows its own alert; nothing more to do here
  }
}

export function Timeline() {
  const { t } = useTranslation();
  const clock = useStore((s) => s.clock);
  const ready = useStore((s) => s.workerStatus === 'ready');

  return (
    <section aria-label={t('timeline.region')} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm">
      <button type="button" className={`${button} min-w-24`} disabled={!ready} onClick={() => void send({ method: 'setClock', paused: !clock.paused })}>
        {clock.paused ? <PlayIcon /> : <PauseIcon />}
        {clock.paused ? t('timeline.play') : t('timeline.pause')}
      </button>
      <button type="button" className={button} disabled={!ready} title={t('timeline.stepHint')} onClick={() => void send({ method: 'step' })}>
        <StepIcon />
        {t('timeline.step')}
      </button>
      <label className="flex items-center gap-2 text-sm text-slate-600">
        {t('timeline.speed')}
        <select
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          value={String(clock.speed)}
          disabled={!ready}
          onChange={(e) => void send({ method: 'setClock', speed: Number(e.target.value) })}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s}x
            </option>
          ))}
        </select>
      </label>
      <div className="ml-auto flex items-baseline gap-2 font-mono text-sm" aria-label={t('timeline.time')} role="timer">
        <span className="text-slate-800">{formatInstant(clock.now, clock.paused)}</span>
        <span className="text-slate-400">+{formatElapsed(clock.now - DEFAULT_EPOCH)}</span>
        <span className={clock.paused ? 'text-amber-600' : 'text-emerald-600'}>{clock.paused ? t('timeline.paused') : t('timeline.running')}</span>
      </div>
    </section>
  );
}
