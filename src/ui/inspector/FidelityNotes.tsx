// "How Kubeplay simulates this": the fidelity notes for the selected object's kind (./fidelity.ts).
import { useTranslation } from 'react-i18next';
import { fidelityNotes } from './fidelity';

export function FidelityNotes({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <details className="kp-fidelity">
      <summary>{t('inspector.fidelity.title')}</summary>
      <ul>
        {fidelityNotes(kind).map((id) => (
          <li key={id}>{t(`inspector.fidelity.${id}`)}</li>
        ))}
      </ul>
    </details>
  );
}
