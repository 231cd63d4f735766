// Renders a check's messages as text in one language, straight from the i18n area files. The panel
// uses i18next's t() with the same keys; this is for tests and for non-React callers (transcripts).
import en from '../i18n/en/lesson';
import ja from '../i18n/ja/lesson';
import type { Lang, Msg } from './types';

const dicts: Record<Lang, Record<string, string>> = { en, ja };

export function formatMsg(m: Msg, lang: Lang): string {
  const template = dicts[lang][m.key] ?? m.key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => m.params?.[name] ?? '');
}

/** Several messages as one line: "Pod myapp-pod is Running; its labels are app=other". */
export function formatMsgs(ms: readonly Msg[], lang: Lang): string {
  return ms.map((m) => formatMsg(m, lang)).join(lang === 'ja' ? '。' : '; ');
}
