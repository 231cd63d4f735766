// The terminal's command history across reloads, in localStorage (per browser, versioned key).
// A full or unavailable storage only costs the history, never the terminal.
const KEY = 'kubeplay.terminal.history.v1';

export function loadHistory(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string[] {
  try {
    const v: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function saveHistory(history: readonly string[], storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(history));
  } catch {
    // quota exceeded or storage disabled: the history stays in memory for this session
  }
}
