// "Why is this pod here?": the scheduler's decision (from explain) and the owner chain.
import { useTranslation } from 'react-i18next';
import type { KubeObject, Pod } from '../../sim/api/types';
import { OwnerChain } from './OwnerChain';
import { ObjectLink } from './ObjectLink';
import { SchedulingDecision } from './SchedulingDecision';
import { useExplain } from './use-explain';

export function PodWhy({ object }: { object: KubeObject }) {
  const { t } = useTranslation();
  const pod = object as Pod;
  const meta = object.metadata;
  const explain = useExplain(meta.namespace ?? 'default', meta.name ?? '', meta.resourceVersion);
  const nodeName = pod.spec?.nodeName;
  return (
    <>
      <section className="kp-section">
        <h3>{t('inspector.scheduling')}</h3>
        {explain.status === 'loading' && <p className="kp-hint">{t('inspector.schedulingLoading')}</p>}
        {explain.status === 'error' && <p className="kp-hint">{t('inspector.schedulingUnavailable')}</p>}
        {explain.status === 'ready' && explain.explanation?.scheduling && <SchedulingDecision decision={explain.explanation.scheduling} />}
        {explain.status !== 'loading' && !(explain.status === 'ready' && explain.explanation?.scheduling) && (
          nodeName ? (
            <p>
              {t('inspector.boundNoDecision', { node: nodeName })} <ObjectLink target={{ kind: 'Node', name: nodeName }}>{nodeName}</ObjectLink>
            </p>
          ) : (
            <p className="kp-hint">{t('inspector.schedulingNone')}</p>
          )
        )}
      </section>
      <OwnerChain object={object} />
      {explain.status === 'ready' && (explain.explanation?.fidelityNotes.length ?? 0) > 0 && (
        <section className="kp-section kp-notes">
          <h3>{t('inspector.notes')}</h3>
          <ul>
            {explain.explanation?.fidelityNotes.map((n) => <li key={n}>{n}</li>)}
          </ul>
        </section>
      )}
    </>
  );
}
