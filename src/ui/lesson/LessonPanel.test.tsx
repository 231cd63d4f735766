// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../i18n/en/lesson';
import ja from '../../i18n/ja/lesson';
import type { KubeObject } from '../../sim/api/types';

/** what the fake worker does on a fault request before it answers (the test sets it) */
let onFault: () => void = () => {};
const exec = vi.fn(async (req: { method: string; line?: string }) => {
  if (req.method !== 'fault') return { stdout: `ran ${req.line}\n`, stderr: '', exitCode: 0 };
  onFault();
  return { ok: true, message: 'killPod', params: {} };
});
vi.mock('../../worker/client', () => ({ workerClient: { request: exec } }));

const { useStore } = await import('../../state/store');
const { LessonPanel } = await import('./LessonPanel');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function renderPanel(lang: 'en' | 'ja') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: lang,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  await act(async () => root.render(<I18nextProvider i18n={i18n}><LessonPanel /></I18nextProvider>));
  return { host, root };
}

/** each step button's accessible text: its content without the aria-hidden ✓ / number */
const stepNames = (host: HTMLElement) =>
  [...host.querySelectorAll('ol[aria-label] button')].map((b) => {
    const copy = b.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden=true]').forEach((e) => e.remove());
    return copy.textContent?.trim();
  });
const button = (host: HTMLElement, name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

const runningPod: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'myapp-pod', namespace: 'default', labels: { app: 'myapp' } },
  status: { phase: 'Running' },
};

describe('LessonPanel', () => {
  let root: Root | undefined;
  beforeEach(() => {
    localStorage.clear();
    useStore.setState({ objects: {}, commandLog: [] });
    useStore.getState().openLesson('pod');
    useStore.getState().resetLessonProgress();
  });
  afterEach(() => {
    act(() => root?.unmount());
    document.body.innerHTML = '';
  });

  it('is a region named Lesson whose steps say done or not done', async () => {
    const r = await renderPanel('en');
    root = r.root;
    expect(r.host.querySelector('section')?.getAttribute('aria-label')).toBe('Lesson');
    expect(stepNames(r.host)[0]).toBe('What is a Pod? (not done)');
    await act(async () => button(r.host, 'Next step').click());
    expect(stepNames(r.host)[0]).toBe('What is a Pod? (done)');
    expect(r.host.querySelector('[role=status]')?.textContent).toContain('Expected: Pod myapp-pod Running with label app=myapp');
    expect(r.host.querySelector('[role=status]')?.textContent).toContain('Now: no Pod named myapp-pod');
  });

  it('flips the step to done live when the mirror shows the Pod Running, in Japanese', async () => {
    useStore.getState().goToStep(1);
    const r = await renderPanel('ja');
    root = r.root;
    expect(r.host.querySelector('section')?.getAttribute('aria-label')).toBe('レッスン');
    await act(async () => useStore.getState().replaceAll([runningPod], '5', { now: 0, paused: false, speed: 1 }));
    expect(stepNames(r.host)[1]).toBe('Pod を作る (完了)');
    expect(r.host.querySelector('[role=status]')?.textContent).toContain('Pod myapp-pod は Running です');
  });

  it('runs a shell block through the worker and records it for the command check', async () => {
    useStore.getState().goToStep(2);
    const r = await renderPanel('en');
    root = r.root;
    await act(async () => button(r.host, 'Run').click());
    expect(exec).toHaveBeenCalledWith({ method: 'exec', line: 'kubectl get pods' });
    expect(useStore.getState().commandLog.map((c) => c.line)).toEqual(['kubectl get pods']);
    expect(stepNames(r.host)[2]).toBe('List your Pods (done)');
  });

  it('never renders lesson HTML: a manifest block offers Load into editor', async () => {
    useStore.getState().goToStep(1);
    const r = await renderPanel('en');
    root = r.root;
    await act(async () => button(r.host, 'Load into editor').click());
    expect(useStore.getState().editorLoadRequest?.text).toContain('name: myapp-pod');
    expect(r.host.querySelector('script, iframe, img')).toBeNull();
  });

  it('switches lessons with the picker, keeping each lesson by its title', async () => {
    const r = await renderPanel('ja');
    root = r.root;
    const picker = r.host.querySelector('select') as HTMLSelectElement;
    expect(picker.closest('label')?.textContent).toContain('レッスンを選ぶ');
    await act(async () => {
      picker.value = 'configmap-secret';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(useStore.getState().lessonId).toBe('configmap-secret');
    expect(r.host.querySelector('h2')?.textContent).toBe('ConfigMap と Secret: 設定をイメージの外に出す');
  });

  it("runs a step's fault button through the worker; the step is done only once the cluster healed after it", async () => {
    useStore.getState().openLesson('probes');
    useStore.getState().resetLessonProgress();
    const steps = useStore.getState().lessonId === 'probes' ? ['why', 'liveness', 'crashloop', 'readiness', 'fix-readiness', 'kill-pod'] : [];
    useStore.getState().goToStep(steps.indexOf('kill-pod'));
    const web = (name: string, ready: boolean): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default', labels: { app: 'web' } },
      spec: { nodeName: 'node-1', containers: [] },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
    });
    await act(async () => useStore.getState().replaceAll([web('web-a', true), web('web-b', true), web('web-c', true)], '7', { now: 0, paused: false, speed: 1 }));
    const r = await renderPanel('en');
    root = r.root;
    expect(r.host.querySelector('[role=status]')?.textContent).toContain("press the step's button (app=web)");
    expect(stepNames(r.host)[5]).toBe('Kill a Pod and watch it come back (not done)');
    exec.mockClear();
    // the worker's change notice (web-a gone) lands only after the fault's response, as it may
    onFault = () => setTimeout(() => useStore.getState().replaceAll([web('web-b', true), web('web-c', true)], '8', { now: 1, paused: false, speed: 1 }), 20);
    await act(async () => button(r.host, 'Kill a pod (app=web)').click());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(exec).toHaveBeenCalledWith({ method: 'fault', fault: { action: 'killPod', kind: 'Pod', namespace: 'default', name: 'web-a', value: undefined } });
    expect(useStore.getState().lessonProgress.actions).toEqual(['kill-pod']);
    expect(stepNames(r.host)[5]).toBe('Kill a Pod and watch it come back (not done)');
    await act(async () => useStore.getState().replaceAll([web('web-b', true), web('web-c', true), web('web-d', false)], '9', { now: 2, paused: false, speed: 1 }));
    expect(stepNames(r.host)[5]).toBe('Kill a Pod and watch it come back (not done)');
    await act(async () => useStore.getState().replaceAll([web('web-b', true), web('web-c', true), web('web-d', true)], '10', { now: 3, paused: false, speed: 1 }));
    expect(stepNames(r.host)[5]).toBe('Kill a Pod and watch it come back (done)');
  });
});
