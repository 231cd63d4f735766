// Where an Apply went wrong, as Monaco markers: a YAML syntax error at its line and column, and each
// document's error at the line apply reported (the document's first line if it gave none).
import type { ApplyResult } from '../../cli/kubectl/apply-types';

/** The fields of monaco.editor.IMarkerData we set (severity is monaco.MarkerSeverity.Error = 8). */
export interface MarkerSpec {
  severity: 8;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export const MARKER_OWNER = 'kubeplay-apply';

export function markersFor(result: ApplyResult, lineLength: (line: number) => number): MarkerSpec[] {
  const mark = (message: string, line: number, column?: number): MarkerSpec => {
    const l = Math.max(1, line);
    const end = Math.max(lineLength(l) + 1, 2);
    return { severity: 8, message, startLineNumber: l, startColumn: column ?? 1, endLineNumber: l, endColumn: column ? Math.max(column + 1, end) : end };
  };
  if (result.parseError) return [mark(result.parseError.message, result.parseError.line, result.parseError.column)];
  const out: MarkerSpec[] = [];
  for (const d of result.documents) {
    if (d.error) out.push(mark(d.error.message, d.error.line || d.startLine, d.error.column));
  }
  return out;
}
