// The scheduler's answer for one pod: which node it chose, and for every node either the filter that
// rejected it (with the upstream reason) or its score. mirrors what kube-scheduler-simulator records.
import { useTranslation } from 'react-i18next';
import type { SchedulingDecision as Decision } from '../../sim/explain';
import { ObjectLink } from './ObjectLink';

function scoreDetail(scores: Record<string, number> | undefined): string {
  return Object.entries(scores ?? {})
    .map(([plugin, v]) => `${plugin} ${v}`)
    .join(' · ');
}

export function SchedulingDecision({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const verdicts = [...decision.verdicts].sort((a, b) => (a.node === decision.node ? -1 : b.node === decision.node ? 1 : (b.total ?? -1) - (a.total ?? -1) || a.node.localeCompare(b.node)));
  return (
    <div>
      <p className={decision.node ? 'kp-verdict-ok' : 'kp-verdict-bad'}>
        {decision.node ? t('inspector.chosenNode', { node: decision.node }) : t('inspector.notScheduled')}
      </p>
      {decision.message && <p className="kp-message">{decision.message}</p>}
      {verdicts.length > 0 && (
        <table className="kp-table">
          <thead>
            <tr>
              <th>{t('inspector.verdict.node')}</th>
              <th>{t('inspector.verdict.result')}</th>
            </tr>
          </thead>
          <tbody>
            {verdicts.map((v) => (
              <tr key={v.node} className={v.node === decision.node ? 'kp-chosen' : v.rejectedBy ? 'kp-rejected' : undefined}>
                <td>
                  <ObjectLink target={{ kind: 'Node', name: v.node }}>{v.node}</ObjectLink>
                  {v.node === decision.node && <span className="kp-chip kp-tone-ok">{t('inspector.verdict.chosen')}</span>}
                </td>
                <td>
                  {v.rejectedBy ? (
                    t('inspector.verdict.filtered', { plugin: v.rejectedBy.plugin, reason: v.rejectedBy.reason })
                  ) : (
                    <>
                      {t('inspector.verdict.score', { total: v.total ?? '?' })}
                      <span className="kp-score-detail">{scoreDetail(v.scores)}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
