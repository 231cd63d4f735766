// The lesson's steps as an ordered list. Each step's button says in words whether it is done
// ("Create the Pod (done)"), so screen readers and the e2e tests read the same state the ✓ shows.
import { useTranslation } from 'react-i18next';
import type { Lang, Lesson } from '../../lessons/types';
import { useStore } from '../../state/store';

export function StepList({ lesson, lang }: { lesson: Lesson; lang: Lang }) {
  const { t } = useTranslation();
  const progress = useStore((s) => s.lessonProgress);
  const goToStep = useStore((s) => s.goToStep);
  return (
    <ol aria-label={t('lesson.steps')} className="flex flex-col gap-0.5 border-b border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
      {lesson.steps.map((step, i) => {
        const done = progress.done.includes(step.id);
        const isCurrent = i === progress.current;
        return (
          <li key={step.id}>
            <button
              type="button"
              aria-current={isCurrent ? 'step' : undefined}
              onClick={() => goToStep(i)}
              className={`flex w-full items-center gap-2 rounded px-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800 ${isCurrent ? 'font-semibold' : ''}`}
            >
              <span aria-hidden="true" className={`w-4 text-center ${done ? 'text-green-700 dark:text-green-400' : 'text-slate-400'}`}>
                {done ? '✓' : i + 1}
              </span>
              <span>{step.text[lang].title}</span>
              <span className="sr-only"> ({done ? t('lesson.done') : t('lesson.notDone')})</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
