// Rendering helpers for DOM tests (no @testing-library): a jsdom container, React's act(), and an
// i18next instance with every area's strings, keys flat as in src/i18n/<lang>/<area>.ts.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import i18next, { type i18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { mergeAreas } from '../../i18n';

const strings = mergeAreas(import.meta.glob<{ default: Record<string, string> }>('../../i18n/*/*.ts', { eager: true }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export async function makeI18n(lng: 'en' | 'ja'): Promise<i18n> {
  const inst = i18next.createInstance();
  await inst.use(initReactI18next).init({
    lng,
    resources: { en: { translation: strings.en }, ja: { translation: strings.ja } },
    keySeparator: false,
    interpolation: { escapeValue: false },
  });
  return inst;
}

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

export async function render(ui: ReactNode, lng: 'en' | 'ja' = 'en'): Promise<Rendered> {
  const i = await makeI18n(lng);
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(<I18nextProvider i18n={i}>{ui}</I18nextProvider>));
  return { container, root, unmount: () => act(() => root.unmount()) };
}

export function byLabel(container: HTMLElement, pattern: RegExp): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[aria-label]')].filter((el) => pattern.test(el.getAttribute('aria-label') ?? ''));
}
