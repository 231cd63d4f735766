// The editor's workspace (path → content) in localStorage under a versioned key. A full storage quota
// is reported, not thrown: the files stay in memory and the UI says they are not remembered.
// The single file of the older 'kubeplay.editor' key is taken over once.
export const WORKSPACE_KEY = 'kubeplay.workspace.v1';
const LEGACY_KEY = 'kubeplay.editor';

export interface SavedWorkspace {
  files: Record<string, string>;
  active: string;
}

export type SaveStatus = 'ok' | 'quota' | 'unavailable';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function isFiles(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((c) => typeof c === 'string');
}

export function loadWorkspace(store: StorageLike | undefined = storage()): SavedWorkspace | undefined {
  if (!store) return undefined;
  try {
    const raw = store.getItem(WORKSPACE_KEY);
    if (raw) {
      const v = JSON.parse(raw) as Partial<SavedWorkspace>;
      if (isFiles(v.files) && typeof v.active === 'string') return { files: v.files, active: v.active };
    }
    const legacy = store.getItem(LEGACY_KEY);
    if (legacy) {
      const v = JSON.parse(legacy) as { fileName?: unknown; text?: unknown };
      if (typeof v.fileName === 'string' && typeof v.text === 'string') return { files: { [v.fileName]: v.text }, active: v.fileName };
    }
  } catch {
    // a damaged entry: start afresh
  }
  return undefined;
}

export function saveWorkspace(w: SavedWorkspace, store: StorageLike | undefined = storage()): SaveStatus {
  if (!store) return 'unavailable';
  try {
    store.setItem(WORKSPACE_KEY, JSON.stringify(w));
    return 'ok';
  } catch (e) {
    const name = (e as { name?: string }).name;
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'quota' : 'unavailable';
  }
}
