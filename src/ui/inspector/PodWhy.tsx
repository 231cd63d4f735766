// "Why is this pod here?": the scheduler's decision (from explain) and the owner chain.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KubeObject, Pod } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { eventsFor } from './events';
import { PodSummary } from './PodSummary';
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
  // without a recorded decision, the scheduler's last FailedScheduling event still says why
  const eventMap = useStore((s) => s.objects.Event);
  const failed = useMemo(() => {
    const list = eventsFor({ kind: 'Pod', namespace: meta.namespace, name: meta.name ?? '' }, meta.uid, eventMap).filter((e) => e.reason === 'FailedScheduling');
    return list[list.length - 1]?.message;
  }, [eventMap, meta.namespace, meta.name, meta.uid]);
  return (
    <>
      <PodSummary object={object} />
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
          ) : failed ? (
            <>
              <p className="kp-verdict-bad">{t('inspector.notScheduled')}</p>
              <p className="kp-message">{failed}</p>
            </>
          ) : (
            <p className="kp-hint">{t('inspector.schedulingNone')}</p>
          )
        )}
      </section>
      <OwnerChain object={object} />
    </>
  );
}
