// For an object a Helm release made (or a release Secret): the release, its revisions as
// `helm history` lists them, and what the latest upgrade changed in the manifest (a line diff of the
// last two revisions, decoded from the release Secrets as helm decodes them).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KubeObject } from '../../sim/api/types';
import { useStore } from '../../state/store';
import { decodeRevision, lineDiff, releaseOf, releaseRevisions, type DiffLine, type RevisionRef } from './helm-release';

function useManifestDiff(older: RevisionRef | undefined, newer: RevisionRef | undefined): DiffLine[] | undefined {
  const [diff, setDiff] = useState<DiffLine[] | undefined>();
  useEffect(() => {
    let live = true;
    setDiff(undefined);
    if (!older || !newer) return;
    Promise.all([decodeRevision(older.secret), decodeRevision(newer.secret)]).then(
      ([a, b]) => live && setDiff(lineDiff(a.manifest ?? '', b.manifest ?? '')),
      () => live && setDiff([]),
    );
    return () => {
      live = false;
    };
  }, [older, newer]);
  return diff;
}

export function HelmRelease({ object }: { object: KubeObject }) {
  const { t } = useTranslation();
  const secrets = useStore((s) => s.objects.Secret);
  const rel = releaseOf(object);
  const [name, namespace] = [rel?.name, rel?.namespace];
  const revisions = useMemo(() => (name && namespace ? releaseRevisions(secrets, name, namespace) : []), [secrets, name, namespace]);
  const n = revisions.length;
  const diff = useManifestDiff(revisions[n - 2], revisions[n - 1]);
  if (!name || n === 0) return null;
  return (
    <section className="kp-section" aria-label={t('inspector.helm.title')}>
      <h3>{t('inspector.helm.title')}</h3>
      <p>{t('inspector.helm.release', { name, namespace })}</p>
      <table className="kp-table">
        <thead>
          <tr>
            <th>{t('inspector.helm.revision')}</th>
            <th>{t('inspector.helm.status')}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.version}>
              <td>{r.version}</td>
              <td>{r.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {n >= 2 && (
        <>
          <h3>{t('inspector.helm.diff', { from: revisions[n - 2]!.version, to: revisions[n - 1]!.version })}</h3>
          {diff === undefined ? (
            <p className="kp-hint">…</p>
          ) : diff.length === 0 ? (
            <p className="kp-hint">{t('inspector.helm.same')}</p>
          ) : (
            <pre className="kp-diff" data-testid="helm-diff">
              {diff.map((l, i) => (
                <span key={i} className={l.op === '+' ? 'kp-diff-add' : l.op === '-' ? 'kp-diff-del' : undefined}>
                  {`${l.op} ${l.text}\n`}
                </span>
              ))}
            </pre>
          )}
        </>
      )}
    </section>
  );
}
