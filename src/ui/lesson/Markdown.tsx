// Renders lesson Markdown (parsed by src/lessons/markdown.ts) as React elements: text is always
// escaped by React, so lesson content can never inject HTML.
import { memo, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from '../../lessons/markdown';
import { CodeBlock } from './CodeBlock';
import { openAksPanel } from '../aks/panel-store';

/** in-app links a lesson may use: `[the compare view](#aks-compare)` opens that panel */
const PANEL_LINK = /^#aks-(live|compare)$/;

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text':
        return n.text;
      case 'strong':
        return <strong key={i}>{renderInline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(n.children)}</em>;
      case 'code':
        return (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
            {n.text}
          </code>
        );
      case 'link': {
        const panel = PANEL_LINK.exec(n.href)?.[1] as 'live' | 'compare' | undefined;
        if (panel)
          return (
            <button key={i} type="button" onClick={() => openAksPanel(panel)} className="text-blue-700 underline dark:text-blue-300" data-panel-link={panel}>
              {renderInline(n.children)}
            </button>
          );
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline dark:text-blue-300">
            {renderInline(n.children)}
          </a>
        );
      }
    }
  });
}

function renderBlock(b: Block, i: number): ReactNode {
  switch (b.type) {
    case 'heading':
      return (
        <h4 key={i} className="mt-3 font-semibold">
          {renderInline(b.children)}
        </h4>
      );
    case 'paragraph':
      return (
        <p key={i} className="my-2 leading-relaxed">
          {renderInline(b.children)}
        </p>
      );
    case 'list': {
      const items = b.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
      return b.ordered ? (
        <ol key={i} className="my-2 list-decimal pl-5">
          {items}
        </ol>
      ) : (
        <ul key={i} className="my-2 list-disc pl-5">
          {items}
        </ul>
      );
    }
    case 'code':
      return <CodeBlock key={i} lang={b.lang} code={b.text} />;
  }
}

export const Markdown = memo(function Markdown({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <div className="text-sm">{blocks.map(renderBlock)}</div>;
});
