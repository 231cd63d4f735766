import { describe, expect, it } from 'vitest';
import en from '../../i18n/en/inspector';
import ja from '../../i18n/ja/inspector';
import { FIDELITY, fidelityNotes } from './fidelity';

describe('fidelity notes', () => {
  it('have text in both languages for every note of every kind', () => {
    const ids = new Set(Object.values(FIDELITY).flat());
    for (const id of ids) {
      expect(en[`inspector.fidelity.${id}` as keyof typeof en], id).toBeTruthy();
      expect(ja[`inspector.fidelity.${id}` as keyof typeof ja], id).toBeTruthy();
    }
  });

  it("give a kind its own notes, then the ones every object shares", () => {
    expect(fidelityNotes('Service')).toEqual(['kubeProxy', 'loadBalancer', 'clock']);
    expect(fidelityNotes('ConfigMap')).toEqual(['clock']);
  });
});
