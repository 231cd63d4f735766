// i18n for the UI (i18next + react-i18next). kubectl's output stays English, as upstream prints it.
//
// Convention for every UI area: keep the area's strings in `src/i18n/<lang>/<area>.ts`, exporting
// default a flat object whose keys start with the area (`'lesson.next': 'Next step'`). Add the same
// keys to en/ and ja/. This file merges every area file of a language (import.meta.glob, eager) into
// the one 'translation' namespace, so a new area only adds files and never edits this one.
// Keys are flat: keySeparator and nsSeparator are off, so dots and colons in keys are plain text.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGS = ['en', 'ja'] as const;
export type UiLang = (typeof LANGS)[number];

const STORAGE_KEY = 'kubeplay.lang';

type Strings = Record<string, string>;
const areaFiles = import.meta.glob<{ default: Strings }>('./*/*.ts', { eager: true });

/** Every area file of each language merged into one flat dictionary. */
export function mergeAreas(files: Record<string, { default: Strings }>): Record<UiLang, Strings> {
  const out: Record<UiLang, Strings> = { en: {}, ja: {} };
  for (const [path, mod] of Object.entries(files)) {
    const lang = /(?:^|\/)(\w+)\/[^/]+\.ts$/.exec(path)?.[1];
    if (lang === 'en' || lang === 'ja') Object.assign(out[lang], mod.default);
  }
  return out;
}

function isLang(v: string | null | undefined): v is UiLang {
  return v === 'en' || v === 'ja';
}

function storedLang(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (sandboxed iframes, privacy modes)
  }
}

/** `?lang=en|ja` wins, then the remembered choice, then the browser's language. */
export function detectLang(search: string, stored: string | null, browser: readonly string[]): UiLang {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (isLang(fromQuery)) return fromQuery;
  if (isLang(stored)) return stored;
  for (const b of browser) {
    const base = b.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/**
 * The UI language, also before initI18n() has run (the store is built at import time, earlier than
 * main.tsx's first statement): the initialised language, else what initI18n() will choose.
 */
export function currentLang(): UiLang {
  if (isLang(i18n.language)) return i18n.language;
  if (typeof location === 'undefined' || typeof navigator === 'undefined') return 'en';
  return detectLang(location.search, storedLang(), navigator.languages ?? [navigator.language]);
}

/** Switch the UI language and remember the choice. */
export function setLang(lang: UiLang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered; the switch still applies to this page
  }
  void i18n.changeLanguage(lang);
}

export function initI18n(): typeof i18n {
  const merged = mergeAreas(areaFiles);
  const lang = detectLang(location.search, storedLang(), navigator.languages ?? [navigator.language]);
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: merged.en }, ja: { translation: merged.ja } },
    lng: lang,
    fallbackLng: 'en',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false, // resources are bundled: ready before the first render
  });
  document.documentElement.lang = lang;
  i18n.on('languageChanged', (l) => {
    document.documentElement.lang = l;
  });
  return i18n;
}

export default i18n;
