// Multi-document YAML manifests, with each document's lines so the editor can point at them.
// Uses the `yaml` package; a syntax error anywhere is reported with its 1-based line and column.
import { LineCounter, parseAllDocuments, type Document } from 'yaml';

export interface ParsedDocument {
  object: unknown;
  startLine: number;
  endLine: number;
  /** the parsed document, for finding a field's line (Invalid errors) */
  doc: Document.Parsed;
}

export interface ParseManifestsResult {
  documents: ParsedDocument[];
  /** `code` is the yaml package's error code; `goLine` the line go-yaml (kubectl) would name */
  error?: { message: string; line: number; column: number; code?: string; goLine?: number };
}

export function parseManifests(text: string): ParseManifestsResult {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const docs = Array.isArray(parsed) ? parsed : [parsed as unknown as Document.Parsed];
  const documents: ParsedDocument[] = [];
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) {
      const pos = lineCounter.linePos(err.pos[0]);
      // go-yaml reports `key:\n   bad: x` at the second colon, where the yaml package reports the key
      const implicit = doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
      const absolute = implicit.length > 0 ? lineCounter.linePos(implicit[0].pos[1]).line : pos.line;
      // kubectl converts one document at a time, so its line numbers count from the document's start
      const goLine = absolute - documentChunkStart(text, absolute) + 1;
      return { documents: [], error: { message: err.message, line: pos.line, column: pos.col, code: err.code, goLine } };
    }
    const object = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (object === null || object === undefined) continue;
    const [start, end] = doc.range;
    const contentStart = doc.contents?.range?.[0] ?? start;
    const startLine = lineCounter.linePos(contentStart).line;
    const endLine = lineCounter.linePos(Math.max(contentStart, end - 1)).line;
    documents.push({ object, startLine, endLine, doc });
  }
  return { documents };
}

/**
 * The 1-based line of a field (`spec.containers[0].image`) in a parsed document, or of its nearest
 * ancestor that is present; undefined when nothing matches.
 */
export function lineOfField(doc: Document.Parsed, field: string, text: string): number | undefined {
  const path: Array<string | number> = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return lineAt(text, offset);
  }
  return undefined;
}

/** the first line of the `---`-separated chunk holding `line` (1-based), as kubectl's YAMLReader splits */
function documentChunkStart(text: string, line: number): number {
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 1; i--) if (/^---(\s|$)/.test(lines[i - 1])) return i + 1;
  return 1;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** go-yaml's wording for the errors learners make most, as kubectl prints them */
export function goYamlMessage(message: string): string {
  if (/Tabs are not allowed/.test(message)) return 'found a tab character that violates indentation';
  if (/Missing closing "?quote|Missing closing '?quote/.test(message)) return 'found unexpected end of stream';
  if (/Nested mappings are not allowed|Implicit keys need to be on a single line|Implicit map keys need to be followed/.test(message)) return 'mapping values are not allowed in this context';
  if (/Flow sequence|Flow map/.test(message)) return 'did not find expected node content';
  if (/All mapping items must start at the same column/.test(message)) return 'did not find expected key';
  return message;
}
