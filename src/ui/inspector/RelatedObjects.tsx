// For owners and Services: the objects they own, or the pods their selector picks.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KubeObject, Pod } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { podStatus } from '../graph/pod-status';
import { podsSelectedBy } from '../graph/selector-index';
import { ObjectLink } from './ObjectLink';
import { ownedBy } from './owner-chain';

const OWNED_KINDS = ['ReplicaSet', 'Pod', 'Job'];

function Row({ o }: { o: KubeObject }) {
  return (
    <li>
      <ObjectLink target={{ kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name ?? '' }}>
        {o.kind}/{o.metadata.name}
      </ObjectLink>{' '}
      {o.kind === 'Pod' && <span className="kp-hint">{podStatus(o as Pod)}</span>}
    </li>
  );
}

export function OwnedObjects({ object }: { object: KubeObject }) {
  const { t } = useTranslation();
  const objects = useStore((s) => s.objects);
  const owned = useMemo(() => ownedBy(object, objects, OWNED_KINDS), [object, objects]);
  if (owned.length === 0) return null;
  return (
    <section className="kp-section">
      <h3>{t('inspector.children')}</h3>
      <ul className="kp-plain">{owned.slice(0, 200).map((o) => <Row key={`${o.kind}/${o.metadata.name}`} o={o} />)}</ul>
    </section>
  );
}

export function ServicePods({ object }: { object: KubeObject }) {
  const { t } = useTranslation();
  const pods = useStore((s) => s.objects.Pod);
  const selector = (object.spec as { selector?: Record<string, string> } | undefined)?.selector;
  const selected = useMemo(() => podsSelectedBy(pods, object.metadata.namespace ?? 'default', selector).map((k) => pods?.get(k)).filter((p): p is KubeObject => !!p), [pods, object.metadata.namespace, selector]);
  return (
    <section className="kp-section">
      <h3>{t('inspector.selects')}</h3>
      {selector && <p><code>{Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',')}</code></p>}
      {!selector ? <p className="kp-hint">{t('inspector.noSelector')}</p> : selected.length === 0 ? <p className="kp-hint">{t('inspector.selectsNone')}</p> : <ul className="kp-plain">{selected.slice(0, 200).map((o) => <Row key={o.metadata.name} o={o} />)}</ul>}
    </section>
  );
}
