import { describe, expect, it } from 'vitest';
import { detectLang, mergeAreas } from './index';

const files = import.meta.glob<{ default: Record<string, string> }>('./*/*.ts', { eager: true });

describe('i18n', () => {
  it('?lang= wins, then the remembered choice, then the browser language, else English', () => {
    expect(detectLang('?lang=ja', 'en', ['en-US'])).toBe('ja');
    expect(detectLang('?lang=fr', 'ja', ['en-US'])).toBe('ja');
    expect(detectLang('', null, ['fr-FR', 'ja-JP'])).toBe('ja');
    expect(detectLang('', 'xx', ['de'])).toBe('en');
  });

  it('merges every area file of a language into one flat dictionary', () => {
    const merged = mergeAreas({ './en/a.ts': { default: { 'a.x': 'X' } }, './en/b.ts': { default: { 'b.y': 'Y' } }, './ja/a.ts': { default: { 'a.x': 'エックス' } } });
    expect(merged).toEqual({ en: { 'a.x': 'X', 'b.y': 'Y' }, ja: { 'a.x': 'エックス' } });
  });

  it('every UI string exists in both English and Japanese', () => {
    const merged = mergeAreas(files);
    const en = Object.keys(merged.en).sort();
    const ja = Object.keys(merged.ja).sort();
    expect(en.length).toBeGreaterThan(0);
    expect(ja.filter((k) => !merged.en[k])).toEqual([]);
    expect(en.filter((k) => !merged.ja[k])).toEqual([]);
  });
});
