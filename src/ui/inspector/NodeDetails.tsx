// A worker node: its resources (capacity, allocatable, requested), conditions, taints and pods.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KubeObject, Node } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { podStatus } from '../graph/pod-status';
import { ObjectLink } from './ObjectLink';
import { nodeResources, podsOnNode } from './node-resources';

export function NodeDetails({ object }: { object: KubeObject }) {
  const { t } = useTranslation();
  const node = object as Node;
  const podsMap = useStore((s) => s.objects.Pod);
  const pods = useMemo(() => podsOnNode(object.metadata.name ?? '', podsMap), [object.metadata.name, podsMap]);
  const rows = useMemo(() => nodeResources(node, pods), [node, pods]);
  return (
    <>
      <section className="kp-section">
        <h3>{t('inspector.node.resources')}</h3>
        <table className="kp-table">
          <thead>
            <tr>
              <th>{t('inspector.node.resource')}</th>
              <th>{t('inspector.node.capacity')}</th>
              <th>{t('inspector.node.allocatable')}</th>
              <th>{t('inspector.node.requested')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.resource}>
                <td>{r.resource}</td>
                <td>{r.capacity}</td>
                <td>{r.allocatable}</td>
                <td>{r.requested}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="kp-hint">{t('inspector.node.allocatableHint')}</p>
      </section>
      <section className="kp-section">
        <h3>{t('inspector.node.conditions')}</h3>
        <ul className="kp-plain">
          {(node.status?.conditions ?? []).map((c) => (
            <li key={c.type}>
              <strong>{c.type}</strong> {c.status} {c.reason && <span className="kp-hint">({c.reason})</span>}
            </li>
          ))}
        </ul>
        {(node.spec?.taints?.length ?? 0) > 0 && (
          <>
            <h3>{t('inspector.node.taints')}</h3>
            <ul className="kp-plain">
              {node.spec?.taints?.map((tt) => <li key={`${tt.key}:${tt.effect}`}><code>{`${tt.key}${tt.value ? `=${tt.value}` : ''}:${tt.effect}`}</code></li>)}
            </ul>
          </>
        )}
      </section>
      <section className="kp-section">
        <h3>{t('inspector.node.pods', { count: pods.length })}</h3>
        <ul className="kp-plain">
          {pods.slice(0, 200).map((p) => (
            <li key={`${p.metadata?.namespace}/${p.metadata?.name}`}>
              <ObjectLink target={{ kind: 'Pod', namespace: p.metadata?.namespace, name: p.metadata?.name ?? '' }}>{p.metadata?.namespace}/{p.metadata?.name}</ObjectLink> <span className="kp-hint">{podStatus(p)}</span>
            </li>
          ))}
        </ul>
      </section>
      <p className="kp-hint kp-notes">{t('inspector.node.simNote')}</p>
    </>
  );
}
