import { describe, expect, it } from 'vitest';
import { markersFor } from './markers';

const len = (line: number) => ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: BAD'][line - 1]?.length ?? 0;

describe('apply markers', () => {
  it('marks a YAML syntax error at its line and column', () => {
    const m = markersFor({ ok: false, parseError: { message: 'bad indentation', line: 3, column: 4 }, documents: [], output: 'error: …' }, len);
    expect(m).toEqual([{ severity: 8, message: 'bad indentation', startLineNumber: 3, startColumn: 4, endLineNumber: 3, endColumn: 10 }]);
  });

  it('marks each failed document on the line of its error and skips the ones that applied', () => {
    const m = markersFor(
      {
        ok: false,
        output: '',
        documents: [
          { index: 0, startLine: 1, endLine: 4, action: 'created', kind: 'Pod', name: 'a' },
          { index: 1, startLine: 5, endLine: 9, error: { message: 'The Pod "BAD" is invalid', line: 4 } },
        ],
      },
      len,
    );
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ message: 'The Pod "BAD" is invalid', startLineNumber: 4, startColumn: 1, endColumn: 12 });
  });

  it('no errors, no markers', () => {
    expect(markersFor({ ok: true, output: 'pod/a created\n', documents: [{ index: 0, startLine: 1, endLine: 4, action: 'created' }] }, len)).toEqual([]);
  });
});
