// The workspace's files and folders beside the editor: open, new file, new folder, rename, delete
// (confirmed). Buttons and a tree of buttons, so it all works from the keyboard; a dot marks files
// not yet saved into the worker's workspace.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store';
import { buildTree, exists, type TreeNode } from '../../state/workspace-files';

const btn = 'rounded px-1 text-xs text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-500';

function ask(message: string, initial = ''): string | undefined {
  const v = window.prompt(message, initial)?.trim();
  return v ? v : undefined;
}

function Node({ node, depth }: { node: TreeNode; depth: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const active = useStore((s) => s.editorFileName === node.path && !s.editSession);
  const dirty = useStore((s) => !node.folder && s.files[node.path] !== s.savedFiles[node.path]);
  const s = useStore.getState;
  const rename = () => {
    const to = ask(t('editor.tree.renamePrompt'), node.path);
    if (to && to !== node.path && !exists(s().files, to)) s().renamePath(node.path, to);
  };
  const remove = () => {
    if (window.confirm(t('editor.tree.deleteConfirm', { path: node.path }))) s().deletePath(node.path);
  };
  return (
    <li role="treeitem" aria-expanded={node.folder ? open : undefined} aria-selected={active} data-path={node.path}>
      <div className={`group flex items-center gap-1 ${active ? 'bg-blue-50' : ''}`} style={{ paddingLeft: depth * 12 }}>
        <button
          type="button"
          className="min-w-0 flex-1 truncate text-left font-mono text-xs text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-500"
          onClick={() => (node.folder ? setOpen(!open) : s().openFile(node.path))}
        >
          {node.folder ? (open ? '▾ ' : '▸ ') : ''}
          {node.name}
          {dirty && (
            <span aria-label={t('editor.tree.unsaved')} className="ml-1 text-amber-600">
              ●
            </span>
          )}
        </button>
        <button type="button" className={btn} aria-label={t('editor.tree.rename', { path: node.path })} onClick={rename}>
          ✎
        </button>
        <button type="button" className={btn} aria-label={t('editor.tree.delete', { path: node.path })} onClick={remove}>
          ✕
        </button>
      </div>
      {node.folder && open && (
        <ul role="group">
          {node.children.map((c) => (
            <Node key={`${c.folder}:${c.path}`} node={c} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function FileTree() {
  const { t } = useTranslation();
  const files = useStore((s) => s.files);
  const persistStatus = useStore((s) => s.persistStatus);
  const s = useStore.getState;
  const newFile = () => {
    const p = ask(t('editor.tree.newFilePrompt'), 'new.yaml');
    if (p && !exists(s().files, p)) s().createFile(p);
  };
  const newFolder = () => {
    const p = ask(t('editor.tree.newFolderPrompt'));
    if (p && !exists(s().files, p)) s().createFolder(p);
  };
  return (
    <nav aria-label={t('editor.tree.region')} className="flex w-44 shrink-0 flex-col overflow-auto border-r border-slate-200 bg-slate-50 p-1">
      <div className="mb-1 flex gap-1">
        <button type="button" className={btn} onClick={newFile}>
          {t('editor.tree.newFile')}
        </button>
        <button type="button" className={btn} onClick={newFolder}>
          {t('editor.tree.newFolder')}
        </button>
      </div>
      <ul role="tree" aria-label={t('editor.tree.region')}>
        {buildTree(files).map((n) => (
          <Node key={`${n.folder}:${n.path}`} node={n} depth={0} />
        ))}
      </ul>
      {persistStatus === 'quota' && (
        <p role="alert" className="mt-2 text-xs text-red-600">
          {t('editor.tree.quota')}
        </p>
      )}
    </nav>
  );
}
