// cobra's "Did you mean this?": commands within Levenshtein distance 2 of what was typed, or that
// start with it. mirrors github.com/spf13/cobra command.go (SuggestionsFor, ld).

/** kubectl 1.32's top-level commands, in cobra's (alphabetical) order */
export const KUBECTL_COMMANDS = [
  'alpha', 'annotate', 'api-resources', 'api-versions', 'apply', 'attach', 'auth', 'autoscale', 'certificate', 'cluster-info',
  'completion', 'config', 'cordon', 'cp', 'create', 'debug', 'delete', 'describe', 'diff', 'drain', 'edit', 'events', 'exec',
  'explain', 'expose', 'get', 'help', 'kustomize', 'label', 'logs', 'options', 'patch', 'plugin', 'port-forward', 'proxy',
  'replace', 'rollout', 'run', 'scale', 'set', 'taint', 'top', 'uncordon', 'version', 'wait',
];

function levenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
    }
  }
  return d[a.length][b.length];
}

export function suggestionsFor(typed: string): string[] {
  const t = typed.toLowerCase();
  return KUBECTL_COMMANDS.filter((c) => levenshtein(t, c) <= 2 || c.startsWith(t));
}

/** cobra's unknown-command error, with suggestions when there are any */
export function unknownCommand(typed: string): string {
  const s = suggestionsFor(typed);
  const head = `Error: unknown command "${typed}" for "kubectl"\n`;
  if (s.length === 0) return head;
  return `${head}\nDid you mean this?\n${s.map((x) => `\t${x}\n`).join('')}\n`;
}
