// The object as the API server stores it, live and read-only.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stringify } from 'yaml';
import type { KubeObject } from '../../sim/api/types';

export function YamlView({ object }: { object: KubeObject }) {
  const { t } = useTranslation();
  const text = useMemo(() => stringify(object, { lineWidth: 0 }), [object]);
  return (
    <div>
      <p className="kp-hint">{t('inspector.yamlHint')}</p>
      <pre className="kp-yaml" tabIndex={0} aria-label={t('inspector.tab.yaml')}>
        {text}
      </pre>
    </div>
  );
}
