// Image pulls: which catalogue entry an image reference names, how long it takes, and the
// containerd error text when it cannot be pulled (unknown repository or tag).
import type { Rng } from '../../clock';
import { findImage, type ImageEntry } from './catalogue';
import { parseImageRef, type ImageRef } from './image-ref';

export type PullResult =
  | { ok: true; ref: ImageRef; image: ImageEntry; durationMs: number; sizeBytes: number }
  | { ok: false; ref: ImageRef; durationMs: number; message: string };

export function resolveImage(image: string): { ref: ImageRef; entry?: ImageEntry } {
  const ref = parseImageRef(image);
  const entry = findImage(`${ref.registry}/${ref.repository}`);
  return { ref, entry: entry && (entry.tags.includes(ref.tag) || ref.tag.startsWith('sha256:')) ? entry : undefined };
}

/** Simulates one pull: the catalogue's pull time with ±15% seeded jitter, or the failure containerd reports. */
export function pullImage(image: string, rng: Rng): PullResult {
  const { ref, entry } = resolveImage(image);
  if (!entry) {
    const known = findImage(`${ref.registry}/${ref.repository}`);
    const why = known
      ? `${ref.fullName}: not found`
      : 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
    // mirrors the message containerd returns through the CRI, as kubelet 1.32 prints it
    const message = `failed to pull and unpack image "${ref.fullName}": failed to resolve reference "${ref.fullName}": ${why}`;
    return { ok: false, ref, durationMs: 400 + rng.int(400), message };
  }
  const jitter = 0.85 + rng.next() * 0.3;
  return { ok: true, ref, image: entry, durationMs: Math.round(entry.pullSeconds * 1000 * jitter), sizeBytes: entry.sizeBytes };
}

/** Go's time.Duration String() as kubelet prints pull times: 1.234s, 512ms */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${trimZeros((ms / 1000).toFixed(3))}s`;
  const m = Math.floor(ms / 60_000);
  return `${m}m${trimZeros(((ms % 60_000) / 1000).toFixed(3))}s`;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** the imageID kubelet reports: docker.io/library/nginx@sha256:<64 hex>, stable per image and tag */
export function imageID(ref: ImageRef): string {
  let h = 0x811c9dc5;
  let hex = '';
  const src = `${ref.registry}/${ref.repository}:${ref.tag}`;
  for (let round = 0; hex.length < 64; round++) {
    for (let i = 0; i < src.length; i++) {
      h ^= src.charCodeAt(i) + round;
      h = Math.imul(h, 0x01000193);
    }
    hex += (h >>> 0).toString(16).padStart(8, '0');
  }
  return `${ref.registry}/${ref.repository}@sha256:${hex.slice(0, 64)}`;
}
