// Every lessons/<id>/ folder, bundled as raw text at build time: adding a folder adds a lesson.
import { parseLesson, type LessonFiles } from './parse';
import type { Lesson } from './types';

const raw = import.meta.glob('../../lessons/*/*.{json,md,yaml,txt}', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Groups `../../lessons/<id>/<file>` paths by folder. Exported for tests. */
export function groupLessonFiles(files: Record<string, string>): Map<string, Partial<LessonFiles>> {
  const byFolder = new Map<string, Partial<LessonFiles>>();
  for (const [path, text] of Object.entries(files)) {
    const m = /lessons\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    const entry = byFolder.get(m[1]) ?? {};
    (entry as Record<string, string>)[m[2]] = text;
    byFolder.set(m[1], entry);
  }
  return byFolder;
}

let cache: Lesson[] | undefined;

/** All lessons, in their `order`. */
export function loadLessons(): Lesson[] {
  if (!cache) {
    cache = [...groupLessonFiles(raw)]
      .filter(([, files]) => files['steps.json'] !== undefined)
      .map(([folder, files]) => parseLesson(folder, files))
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }
  return cache;
}

export function findLesson(id: string): Lesson | undefined {
  return loadLessons().find((l) => l.id === id);
}
