// What applying a (multi-document) manifest reports, per document, for the editor and the terminal.

export interface ManifestPosition {
  /** 1-based lines of the document within the file */
  startLine: number;
  endLine: number;
}

export interface ApplyDocumentResult extends ManifestPosition {
  index: number;
  kind?: string;
  name?: string;
  namespace?: string;
  /** kubectl's verb: `pod/myapp-pod created` */
  action?: 'created' | 'configured' | 'unchanged';
  /** the error as kubectl prints it, and where in the file it points (1-based) */
  error?: { message: string; line: number; column?: number };
}

export interface ApplyResult {
  /** true when every document applied */
  ok: boolean;
  /** a YAML syntax error anywhere means nothing was applied */
  parseError?: { message: string; line: number; column: number };
  documents: ApplyDocumentResult[];
  /** the lines kubectl would print, e.g. `pod/myapp-pod created` or `Error from server (Invalid): …` */
  output: string;
}
