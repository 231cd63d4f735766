import { describe, expect, it } from 'vitest';
import { upgradeError, upgradesFrom } from './versions';

describe('AKS versions', () => {
  it('upgrades: later patches of the minor and the next minor, never skipping one', () => {
    expect(upgradesFrom('1.32.6')).toEqual(['1.32.7', '1.33.1', '1.33.2', '1.33.3']);
    expect(upgradesFrom('1.31.11')).not.toContain('1.33.1');
    expect(upgradesFrom('1.33.3')).toEqual([]);
  });

  it('refuses skipping a minor, downgrades and unknown versions', () => {
    expect(upgradeError('1.31.9', '1.33.1')).toMatch(/^\(UpgradeFailed\)/);
    expect(upgradeError('1.32.6', '1.31.9')).toMatch(/^\(NotAllowedOperation\)/);
    expect(upgradeError('1.32.6', '1.40.0')).toMatch(/^\(K8sVersionNotSupported\)/);
    expect(upgradeError('1.32.6', '1.33.1')).toBeUndefined();
  });
});
