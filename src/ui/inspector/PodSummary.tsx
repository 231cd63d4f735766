// The facts a student checks first about a pod: where it runs, its IP, readiness, restarts, images.
import { useTranslation } from 'react-i18next';
import type { KubeObject, Pod } from '../../sim/api/types';
import { podReady, podRestarts } from '../graph/pod-status';
import { ObjectLink } from './ObjectLink';

export function PodSummary({ object }: { object: KubeObject }) {
  const { t } = useTranslation();
  const pod = object as Pod;
  const node = pod.spec?.nodeName;
  return (
    <dl className="kp-facts">
      <dt>{t('inspector.pod.node')}</dt>
      <dd>{node ? <ObjectLink target={{ kind: 'Node', name: node }}>{node}</ObjectLink> : '<none>'}</dd>
      <dt>{t('inspector.pod.ip')}</dt>
      <dd>{pod.status?.podIP ?? '<none>'}</dd>
      <dt>{t('inspector.pod.ready')}</dt>
      <dd>{podReady(pod)}</dd>
      <dt>{t('inspector.pod.restarts')}</dt>
      <dd>{podRestarts(pod)}</dd>
      <dt>{t('inspector.pod.images')}</dt>
      <dd>{(pod.spec?.containers ?? []).map((c) => c.image ?? '').join(', ')}</dd>
    </dl>
  );
}
