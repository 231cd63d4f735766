// Which lesson the panel shows: every lessons/<id>/ folder, in order, by its title in the current
// language. Switching keeps each lesson's own progress (saved per lesson in localStorage).
import { useTranslation } from 'react-i18next';
import { loadLessons } from '../../lessons/load';
import type { Lang } from '../../lessons/types';
import { useStore } from '../../state/store';

export function LessonPicker({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const lessonId = useStore((s) => s.lessonId);
  const openLesson = useStore((s) => s.openLesson);
  const lessons = loadLessons();
  if (lessons.length < 2) return null;
  return (
    <label className="flex items-center gap-2 border-b border-slate-200 px-3 py-1 text-xs dark:border-slate-700">
      <span>{t('lesson.choose')}</span>
      <select
        className="min-w-0 flex-1 rounded border border-slate-300 bg-transparent px-1 py-0.5 dark:border-slate-600"
        value={lessonId ?? ''}
        onChange={(e) => openLesson(e.target.value)}
      >
        {lessons.map((l, i) => (
          <option key={l.id} value={l.id}>
            {i + 1}. {l.title[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
