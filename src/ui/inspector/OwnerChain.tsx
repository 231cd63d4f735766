// "Pod → ReplicaSet → Deployment": who created this object and will recreate it if it goes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KubeObject } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { ObjectLink } from './ObjectLink';
import { ownerChain } from './owner-chain';

export function OwnerChain({ object }: { object: KubeObject }) {
  const { t } = useTranslation();
  const objects = useStore((s) => s.objects);
  const steps = useMemo(() => ownerChain(object, objects), [object, objects]);
  return (
    <section className="kp-section">
      <h3>{t('inspector.owners')}</h3>
      {steps.length === 0 ? (
        <p className="kp-hint">{t('inspector.ownersNone')}</p>
      ) : (
        <ol className="kp-chain" aria-label={t('inspector.owners')}>
          <li>
            <span className="kp-chip">{object.kind}/{object.metadata.name}</span>
          </li>
          {steps.map((s) => (
            <li key={s.uid}>
              <span aria-hidden="true" className="kp-arrow">→</span>
              <ObjectLink target={s.ref} disabled={!s.found}>
                {s.ref.kind}/{s.ref.name}
                {!s.found && ` ${t('inspector.ownerMissing')}`}
              </ObjectLink>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
