// English / 日本語: switches the UI (kubectl output stays English) and remembers the choice.
import { useTranslation } from 'react-i18next';
import { LANGS, setLang, type UiLang } from '../../i18n';

const NAMES: Record<UiLang, string> = { en: 'English', ja: '日本語' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = (i18n.resolvedLanguage ?? 'en') as UiLang;
  return (
    <div role="group" aria-label={t('shell.language')} className="flex overflow-hidden rounded-md border border-slate-600 text-xs">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={current === l}
          onClick={() => setLang(l)}
          className={`px-2 py-1 ${current === l ? 'bg-slate-100 font-semibold text-slate-900' : 'text-slate-200 hover:bg-slate-700'}`}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
