import { describe, expect, it } from 'vitest';
import { groupLessonFiles, loadLessons } from './load';
import { parseLesson, parseLessonMarkdown } from './parse';
import { LANGS } from './types';

describe('lesson Markdown', () => {
  it('splits sections by ## headings with ids, ignoring headings inside code', () => {
    const md = '# Title\n\n## One {#one}\nHello\n```sh\n## not a step\n```\n## Two {#two}\nBye\n';
    const p = parseLessonMarkdown(md);
    expect(p.title).toBe('Title');
    expect([...p.sections.keys()]).toEqual(['one', 'two']);
    expect(p.sections.get('one')?.body).toBe('Hello\n```sh\n## not a step\n```');
    expect(p.sections.get('two')).toEqual({ title: 'Two', body: 'Bye' });
  });

  it('rejects a step heading without an id', () => {
    expect(() => parseLessonMarkdown('# T\n## Oops\n')).toThrow(/without \{#id\}/);
  });

  it('rejects a lesson whose languages disagree', () => {
    const steps = JSON.stringify({ id: 'x', steps: [{ id: 'one', check: { type: 'read' } }] });
    expect(() => parseLesson('x', { 'steps.json': steps, 'en.md': '# T\n## One {#one}\nHi', 'ja.md': '# T\n' })).toThrow(
      /ja\.md has no text for step "one"/,
    );
  });

  it('rejects checks it cannot evaluate', () => {
    const lesson = (check: unknown) => ({
      'steps.json': JSON.stringify({ id: 'x', steps: [{ id: 'one', check }] }),
      'en.md': '# T\n## One {#one}\nHi',
      'ja.md': '# T\n## One {#one}\nやあ',
    });
    expect(() => parseLesson('x', lesson({ type: 'command', match: '(' }))).toThrow(/step "one": command check's match/);
    expect(() => parseLesson('x', lesson({ type: 'object', kind: 'Pod' }))).toThrow(/needs kind and name/);
    expect(() => parseLesson('x', lesson({ type: 'magic' }))).toThrow(/unknown check type "magic"/);
    expect(parseLesson('x', lesson({ type: 'all', checks: [{ type: 'read' }] })).steps).toHaveLength(1);
  });

  it('groups globbed files by folder', () => {
    const g = groupLessonFiles({ '../../lessons/pod/en.md': 'a', '../../lessons/pod/steps.json': 'b', '../../lessons/x/ja.md': 'c' });
    expect([...g.keys()]).toEqual(['pod', 'x']);
    expect(g.get('pod')).toEqual({ 'en.md': 'a', 'steps.json': 'b' });
  });
});

describe('the bundled lessons', () => {
  const lessons = loadLessons();

  it('include the Pod lesson with text for every step in both languages', () => {
    const pod = lessons.find((l) => l.id === 'pod');
    expect(pod).toBeDefined();
    expect(pod?.steps.map((s) => s.id)).toEqual(['what-is-a-pod', 'apply', 'get', 'describe', 'logs', 'delete']);
    expect(pod?.title.ja).toMatch(/Pod/);
    expect(pod?.startYaml.en).toContain('name: myapp-pod');
    expect(pod?.startYaml.en).toContain('# A Pod');
    // the Japanese manifest is the same object with Japanese comments
    expect(pod?.startYaml.ja).toContain('# Pod');
    expect(pod?.startYaml.ja.replace(/^#.*\n/gm, '')).toBe(pod?.startYaml.en.replace(/^#.*\n/gm, ''));
    expect(pod?.solution).toContain('kubectl delete pod myapp-pod');
  });

  it('every lesson has a title and non-empty text in each language', () => {
    for (const lesson of lessons) {
      for (const lang of LANGS) {
        expect(lesson.title[lang], `${lesson.id} ${lang}`).not.toBe('');
        for (const step of lesson.steps) expect(step.text[lang].body.length, `${lesson.id}/${step.id} ${lang}`).toBeGreaterThan(20);
      }
    }
  });
});
