// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import enShell from '../../i18n/en/shell';
import jaShell from '../../i18n/ja/shell';
import enTimeline from '../../i18n/en/timeline';
import jaTimeline from '../../i18n/ja/timeline';
import { useStore } from '../../state/store';
import { Timeline } from '../timeline/Timeline';
import { CrashAlert } from './WorkerStatus';

const request = vi.fn(async (req: { method: string }) => (req.method === 'step' || req.method === 'setClock' ? { now: 1, paused: true, speed: 10 } : null));
const restart = vi.fn(async () => undefined);
vi.mock('../../worker/client', () => ({ workerClient: { request: (r: { method: string }) => request(r), restart: () => restart() } }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function render(ui: React.ReactNode, lng: 'en' | 'ja' = 'en') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng,
    resources: { en: { translation: { ...enShell, ...enTimeline } }, ja: { translation: { ...jaShell, ...jaTimeline } } },
    keySeparator: false,
    nsSeparator: false,
  });
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>));
  return { container, unmount: () => act(() => root.unmount()) };
}

const button = (c: HTMLElement, name: string) => [...c.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

beforeEach(() => {
  request.mockClear();
  restart.mockClear();
  useStore.setState({ workerStatus: 'ready', clock: { now: Date.UTC(2025, 0, 6, 9, 0, 5), paused: false, speed: 1 } });
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('timeline bar', () => {
  it('shows the simulated time and sends Pause, Step and Speed to the worker', async () => {
    const { container } = await render(<Timeline />);
    expect(container.querySelector('[role="timer"]')?.textContent).toContain('2025-01-06 09:00:05 UTC');
    await act(async () => button(container, 'Pause')!.click());
    expect(request).toHaveBeenCalledWith({ method: 'setClock', paused: true });
    await act(async () => button(container, 'Step')!.click());
    expect(request).toHaveBeenCalledWith({ method: 'step' });
    const select = container.querySelector('select')!;
    expect(select.closest('label')?.textContent).toMatch(/^Speed/);
    expect([...select.options].map((o) => o.value)).toEqual(['0.25', '0.5', '1', '2', '5', '10', '20', '50']);
    await act(async () => {
      select.value = '10';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(request).toHaveBeenCalledWith({ method: 'setClock', speed: 10 });
    // the worker's answer updates the mirror's clock
    expect(useStore.getState().clock).toEqual({ now: 1, paused: true, speed: 10 });
  });

  it('offers Play while paused, and speaks Japanese', async () => {
    useStore.setState({ clock: { now: 0, paused: true, speed: 1 } });
    const { container } = await render(<Timeline />, 'ja');
    expect(button(container, '再生')).toBeDefined();
    expect(button(container, 'ステップ')).toBeDefined();
    expect(container.querySelector('section')?.getAttribute('aria-label')).toBe('タイムライン');
  });
});

describe('crash alert', () => {
  it('appears only when the simulator crashed and restarts it, keeping the editor text', async () => {
    useStore.getState().setEditorText('kind: Pod\n');
    const { container } = await render(<CrashAlert />);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    await act(async () => useStore.getState().setWorkerStatus('crashed', 'controller exploded'));
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('The simulator stopped');
    expect(alert.textContent).toContain('controller exploded');
    await act(async () => button(container, 'Restart simulator')!.click());
    expect(restart).toHaveBeenCalledTimes(1);
    expect(useStore.getState().editorText).toBe('kind: Pod\n');
  });
});
