// Events expire an hour after their last write, as the api-server's --event-ttl (an etcd lease
// renewed on every write) makes them do; without it 10,000 pods would pile up Events forever.
// The timer is data (`ns/name@resourceVersion`): a later write makes an earlier timer moot.
import type { Clock } from '../../clock';
import type { SyncKubeApi } from '../../api/client';
import { R } from '../../api/resources';
import type { Store } from '../etcd/store';
import { storeKey } from './resolve';

export const EVENT_TTL_MS = 60 * 60 * 1000;
const TIMER_KIND = 'apiserver:event-ttl';

export function startEventTTL(api: SyncKubeApi & { store: Store }, clock: Clock): void {
  const key = storeKey(R.events);
  clock.on(TIMER_KIND, (timerKey) => {
    const at = timerKey.lastIndexOf('@');
    const [ns, name] = splitOnce(timerKey.slice(0, at), '/');
    const ev = api.store.get(key, ns, name);
    if (ev && ev.metadata.resourceVersion === timerKey.slice(at + 1)) api.delete(R.events, ns, name);
  });
  api.store.subscribe(key, (e) => {
    if (e.type === 'DELETED') return;
    const m = e.object.metadata;
    clock.after(EVENT_TTL_MS, TIMER_KIND, `${m.namespace}/${m.name}@${m.resourceVersion}`);
  });
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return [s.slice(0, i), s.slice(i + 1)];
}
