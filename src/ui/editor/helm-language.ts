// A chart template's language for Monaco: YAML with Go template actions. The actions ({{ … }}) are
// highlighted as code, the YAML around them as YAML; the Kubernetes schema is not applied to
// templates (they are not YAML until rendered: the preview beside the editor is what gets checked).
import type * as Monaco from 'monaco-editor';

export const HELM_LANGUAGE = 'helm-template';

const KEYWORDS = ['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue', 'nil', 'true', 'false'];

export function registerHelmLanguage(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((l) => l.id === HELM_LANGUAGE)) return;
  monaco.languages.register({ id: HELM_LANGUAGE, extensions: ['.tpl'], aliases: ['Helm template'] });
  monaco.languages.setLanguageConfiguration(HELM_LANGUAGE, {
    comments: { lineComment: '#', blockComment: ['{{/*', '*/}}'] },
    brackets: [['{{', '}}'], ['(', ')'], ['[', ']'], ['{', '}']],
    autoClosingPairs: [{ open: '{{', close: ' }}' }, { open: '"', close: '"' }, { open: '(', close: ')' }, { open: '[', close: ']' }],
  });
  monaco.languages.setMonarchTokensProvider(HELM_LANGUAGE, {
    keywords: KEYWORDS,
    tokenizer: {
      root: [
        [/\{\{-?\s*\/\*/, { token: 'comment', next: '@comment' }],
        [/\{\{-?/, { token: 'delimiter.bracket', next: '@action' }],
        [/#.*$/, 'comment'],
        [/^(\s*)(-\s+)?([\w.\-/"']+)(\s*:)/, ['white', 'delimiter', 'type', 'delimiter']],
        [/"([^"\\]|\\.)*"/, 'string'],
        [/'[^']*'/, 'string'],
        [/\b\d+(\.\d+)?\b/, 'number'],
        [/\b(true|false|null)\b/, 'keyword'],
      ],
      comment: [
        [/\*\/\s*-?\}\}/, { token: 'comment', next: '@pop' }],
        [/./, 'comment'],
      ],
      action: [
        [/-?\}\}/, { token: 'delimiter.bracket', next: '@pop' }],
        [/"([^"\\]|\\.)*"/, 'string'],
        [/`[^`]*`/, 'string'],
        [/\$[\w]*/, 'variable'],
        [/(\.[\w]+)+|\./, 'variable.predefined'],
        [/\b\d+(\.\d+)?\b/, 'number'],
        [/[|=:]+/, 'operator'],
        [/[a-zA-Z_]\w*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
        [/[()]/, 'delimiter.parenthesis'],
        [/\s+/, 'white'],
      ],
    },
  });
}
