// The lesson panel: title, steps (each announcing done / not done), the current step's text, the
// live check (expected vs now) and navigation. The shell renders it; it reads only the store.
import { useTranslation } from 'react-i18next';
import type { Lang, Msg } from '../../lessons/types';
import { useStore } from '../../state/store';
import { Markdown } from './Markdown';
import { LessonPicker } from './LessonPicker';
import { StepActionButton } from './StepActionButton';
import { StepList } from './StepList';
import { useLessonTracker } from './useLessonTracker';

export function LessonPanel() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language?.startsWith('ja') ? 'ja' : 'en';
  const { lesson, current } = useLessonTracker();
  const progress = useStore((s) => s.lessonProgress);
  const goToStep = useStore((s) => s.goToStep);
  const say = (ms: Msg[]) => ms.map((m) => t(m.key, { ...m.params, interpolation: { escapeValue: false } })).join(lang === 'ja' ? '。' : '; ');

  if (!lesson) {
    return (
      <section aria-label={t('lesson.region')} className="p-3 text-sm">
        {t('lesson.noLessons')}
      </section>
    );
  }
  const step = lesson.steps[progress.current];
  const stepDone = progress.done.includes(step.id) || current?.done === true;
  const last = progress.current === lesson.steps.length - 1;
  const allDone = lesson.steps.every((s) => progress.done.includes(s.id));
  const button = 'rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800';

  return (
    <section aria-label={t('lesson.region')} className="flex h-full min-h-0 flex-col overflow-hidden">
      <header className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <h2 className="text-base font-semibold">{lesson.title[lang]}</h2>
        <button
          type="button"
          className="text-xs text-slate-500 underline hover:text-slate-800 dark:hover:text-slate-200"
          onClick={() => {
            if (window.confirm(t('lesson.resetConfirm'))) useStore.getState().resetLessonProgress();
          }}
        >
          {t('lesson.reset')}
        </button>
      </header>
      <LessonPicker lang={lang} />
      <StepList lesson={lesson} lang={lang} />
      <article aria-labelledby="lesson-step-title" className="min-h-0 flex-1 overflow-y-auto px-3 py-2">
        <p className="text-xs text-slate-500">{t('lesson.stepOf', { current: progress.current + 1, total: lesson.steps.length })}</p>
        <h3 id="lesson-step-title" className="text-base font-semibold">
          {step.text[lang].title}
        </h3>
        <Markdown source={step.text[lang].body} />
        {step.action && <StepActionButton step={{ ...step, action: step.action }} />}
      </article>
      {current && (
        <div
          role="status"
          aria-live="polite"
          aria-label={t('lesson.status')}
          className={`mx-3 mb-2 rounded border px-3 py-2 text-xs ${stepDone ? 'border-green-600 bg-green-50 dark:bg-green-950' : 'border-amber-500 bg-amber-50 dark:bg-amber-950'}`}
        >
          {stepDone && <p className="font-semibold text-green-800 dark:text-green-300">{allDone && last ? t('lesson.allDone') : t('lesson.stepDone')}</p>}
          <p>
            <span className="font-semibold">{t('lesson.expected')}: </span>
            {say(current.expected)}
          </p>
          <p>
            <span className="font-semibold">{t('lesson.actual')}: </span>
            {say(current.actual)}
          </p>
        </div>
      )}
      <nav className="flex justify-between gap-2 border-t border-slate-200 px-3 py-2 dark:border-slate-700">
        <button type="button" className={button} disabled={progress.current === 0} onClick={() => goToStep(progress.current - 1)}>
          {t('lesson.previous')}
        </button>
        <button type="button" className={button} disabled={last} onClick={() => goToStep(progress.current + 1)}>
          {t('lesson.next')}
        </button>
      </nav>
    </section>
  );
}
