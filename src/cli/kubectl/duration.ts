// Go's time.ParseDuration, as kubectl's duration flags (--timeout) read them: "0", "90s", "1m30s",
// "500ms", "1.5h". Returns milliseconds, or undefined for what Go rejects.
const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let pos = 0;
  const body = text.replace(/^[+-]/, '');
  for (let m = re.exec(body); m; m = re.exec(body)) {
    total += Number(m[1]) * UNITS[m[2]];
    pos = re.lastIndex;
  }
  if (pos === 0 || pos !== body.length) return undefined;
  return text.startsWith('-') ? -total : total;
}
