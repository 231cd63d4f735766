// Turns one lesson folder's raw files into a Lesson. The Markdown format is described in
// lessons/README.md: `# Title`, then one `## Step title {#step-id}` section per step.
import type { Check, Lang, Lesson, StepAction, StepText } from './types';
import { actionProblem } from './actions';
import { LANGS } from './types';

export interface ParsedMarkdown {
  title: string;
  sections: Map<string, StepText>;
}

const STEP_HEADING = /^##\s+(.*?)\s*\{#([A-Za-z0-9_-]+)\}\s*$/;

export function parseLessonMarkdown(md: string): ParsedMarkdown {
  let title = '';
  const sections = new Map<string, StepText>();
  let current: { id: string; title: string; lines: string[] } | undefined;
  let inFence = false;
  const flush = () => {
    if (current) sections.set(current.id, { title: current.title, body: current.lines.join('\n').trim() });
  };
  for (const line of md.replace(/\r\n/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence) {
      const step = STEP_HEADING.exec(line);
      if (step) {
        flush();
        if (sections.has(step[2])) throw new Error(`step "${step[2]}" appears twice`);
        current = { id: step[2], title: step[1], lines: [] };
        continue;
      }
      if (/^##\s/.test(line)) throw new Error(`step heading without {#id}: ${line}`);
      if (!title && !current && /^#\s/.test(line)) {
        title = line.replace(/^#\s+/, '').trim();
        continue;
      }
    }
    current?.lines.push(line);
  }
  flush();
  if (!title) throw new Error('no "# " title');
  return { title, sections };
}

interface StepsFile {
  id: string;
  order?: number;
  steps: { id: string; check: Check; action?: StepAction }[];
}

export interface LessonFiles {
  'steps.json': string;
  'en.md': string;
  'ja.md': string;
  'start.yaml'?: string;
  /** the starting manifest with Japanese comments; start.yaml when absent */
  'start.ja.yaml'?: string;
  'solution.txt'?: string;
}

/** Throws with the lesson folder's name when a file is missing or the languages disagree. */
export function parseLesson(folder: string, files: Partial<LessonFiles>): Lesson {
  const fail = (msg: string): never => {
    throw new Error(`lessons/${folder}: ${msg}`);
  };
  if (!files['steps.json']) fail('missing steps.json');
  const meta = JSON.parse(files['steps.json'] as string) as StepsFile;
  if (!Array.isArray(meta.steps) || meta.steps.length === 0) fail('steps.json has no steps');
  const md = {} as Record<Lang, ParsedMarkdown>;
  for (const lang of LANGS) {
    const text = files[`${lang}.md`];
    if (!text) fail(`missing ${lang}.md`);
    try {
      md[lang] = parseLessonMarkdown(text as string);
    } catch (e) {
      fail(`${lang}.md: ${(e as Error).message}`);
    }
    const ids = new Set(meta.steps.map((s) => s.id));
    for (const id of md[lang].sections.keys()) if (!ids.has(id)) fail(`${lang}.md has a section "${id}" that steps.json lacks`);
  }
  for (const s of meta.steps) {
    const problem = checkProblem(s.check) ?? actionProblem(s.action);
    if (problem) fail(`step "${s.id}": ${problem}`);
  }
  const steps = meta.steps.map((s) => {
    const text = {} as Record<Lang, StepText>;
    for (const lang of LANGS) {
      const section = md[lang].sections.get(s.id);
      if (!section || !section.body) fail(`${lang}.md has no text for step "${s.id}"`);
      text[lang] = section as StepText;
    }
    return s.action ? { id: s.id, check: s.check, action: s.action, text } : { id: s.id, check: s.check, text };
  });
  return {
    id: meta.id || folder,
    order: meta.order ?? 999,
    title: { en: md.en.title, ja: md.ja.title },
    steps,
    startYaml: { en: files['start.yaml'] ?? '', ja: files['start.ja.yaml'] ?? files['start.yaml'] ?? '' },
    solution: files['solution.txt'] ?? '',
  };
}

/** Why a check from steps.json cannot be evaluated, or undefined when it can. */
export function checkProblem(c: Check | undefined): string | undefined {
  if (!c || typeof c !== 'object') return 'no check';
  switch (c.type) {
    case 'read':
      return undefined;
    case 'object':
    case 'absent':
      return c.kind && c.name ? undefined : `${c.type} check needs kind and name`;
    case 'command':
      try {
        new RegExp(c.match);
        return undefined;
      } catch (e) {
        return `command check's match is not a regular expression: ${(e as Error).message}`;
      }
    case 'field':
      return c.kind && c.name && c.path && c.equals !== undefined ? undefined : 'field check needs kind, name, path and equals';
    case 'count':
      return c.kind && c.labels && typeof c.count === 'number' ? undefined : 'count check needs kind, labels and count';
    case 'all':
      return Array.isArray(c.checks) ? c.checks.map(checkProblem).find(Boolean) : 'all check needs checks';
    default:
      return `unknown check type "${(c as { type?: string }).type}"`;
  }
}
