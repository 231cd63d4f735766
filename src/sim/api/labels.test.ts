import { describe, expect, it } from 'vitest';
import { labelSelectorToString, parseSelector, selectorFromLabelSelector } from './labels';

function badMessage(s: string): string {
  try {
    parseSelector(s);
  } catch (e) {
    const st = (e as { status: { code: number; message: string } }).status;
    expect(st.code).toBe(400);
    return st.message;
  }
  throw new Error(`expected ${s} to fail`);
}

describe('parseSelector', () => {
  const web = { app: 'web', tier: 'a', n: '5' };
  it('equality, set and existence operators', () => {
    expect(parseSelector('app=web')(web)).toBe(true);
    expect(parseSelector('app==web')(web)).toBe(true);
    expect(parseSelector('app!=web')(web)).toBe(false);
    expect(parseSelector('app!=db')(web)).toBe(true);
    expect(parseSelector('tier in (a,b)')(web)).toBe(true);
    expect(parseSelector('tier notin (a,b)')(web)).toBe(false);
    expect(parseSelector('app,tier')(web)).toBe(true);
    expect(parseSelector('!app')(web)).toBe(false);
    expect(parseSelector('!missing')(web)).toBe(true);
    expect(parseSelector('n>4')(web)).toBe(true);
    expect(parseSelector('n<4')(web)).toBe(false);
    expect(parseSelector('app=web, tier in (a, b)')(web)).toBe(true);
    expect(parseSelector('in=in')({ in: 'in' })).toBe(true);
    expect(parseSelector('tier in (x,,a)')(web)).toBe(true);
    expect(parseSelector('tier in ()')({ tier: '' })).toBe(true);
  });

  it('absent keys: In/= false, NotIn/!= true', () => {
    expect(parseSelector('x=1')({})).toBe(false);
    expect(parseSelector('x in (1)')(undefined)).toBe(false);
    expect(parseSelector('x!=1')({})).toBe(true);
    expect(parseSelector('x notin (1)')({})).toBe(true);
    expect(parseSelector('x>1')({})).toBe(false);
  });

  it('empty string selects everything; empty values are allowed', () => {
    expect(parseSelector('')({})).toBe(true);
    expect(parseSelector('app=')({ app: '' })).toBe(true);
  });

  it('prefixed keys', () => {
    expect(parseSelector('app.kubernetes.io/name=web')({ 'app.kubernetes.io/name': 'web' })).toBe(true);
  });

  it('syntax errors are 400 with the parser wording', () => {
    expect(badMessage('app in web')).toBe("unable to parse requirement: found 'web' expected: '('");
    expect(badMessage('app in (a b)')).toBe("unable to parse requirement: found 'b', expected: ',' or ')'");
    expect(badMessage(',app')).toBe("found ',', expected: !, identifier, or 'end of string'");
    expect(badMessage('app=web,')).toBe("found '', expected: identifier after ','");
    expect(badMessage('=web')).toBe("found '=', expected: !, identifier, or 'end of string'");
    expect(badMessage('app web')).toBe("unable to parse requirement: found 'web', expected: in, notin, =, ==, !=, gt, lt");
    expect(badMessage('app!!=x')).toBe("unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt");
    expect(badMessage('!app=x')).toBe("found '=', expected: ',' or 'end of string'");
    expect(badMessage('n>x')).toBe(`unable to parse requirement: values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer`);
    expect(badMessage('a/b/c=x')).toContain('unable to parse requirement: <nil>: Invalid value: "a/b/c": a qualified name must consist of');
    expect(badMessage('app=-web')).toContain('values[0][app]: Invalid value: "-web": a valid label must be an empty string');
  });
});

describe('LabelSelector objects', () => {
  it('nil matches nothing, {} everything', () => {
    expect(selectorFromLabelSelector(undefined)({ a: 'b' })).toBe(false);
    expect(selectorFromLabelSelector({})({ a: 'b' })).toBe(true);
    expect(selectorFromLabelSelector({})(undefined)).toBe(true);
  });

  it('matchLabels and matchExpressions are ANDed', () => {
    const sel = selectorFromLabelSelector({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['a', 'b'] },
        { key: 'legacy', operator: 'DoesNotExist' },
        { key: 'env', operator: 'NotIn', values: ['prod'] },
        { key: 'team', operator: 'Exists' },
      ],
    });
    expect(sel({ app: 'web', tier: 'b', team: 'x' })).toBe(true);
    expect(sel({ app: 'web', tier: 'b', team: 'x', legacy: '1' })).toBe(false);
    expect(sel({ app: 'web', tier: 'c', team: 'x' })).toBe(false);
    expect(sel({ app: 'web', tier: 'a', team: 'x', env: 'prod' })).toBe(false);
    expect(sel({ app: 'web', tier: 'a' })).toBe(false);
  });

  it('prints as kubectl SELECTOR', () => {
    expect(labelSelectorToString({ matchLabels: { tier: 'x', app: 'web' } })).toBe('app=web,tier=x');
    expect(labelSelectorToString({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['b', 'a'] }] })).toBe('app=web,tier in (a,b)');
    expect(labelSelectorToString({ matchExpressions: [{ key: 'x', operator: 'DoesNotExist' }, { key: 'y', operator: 'Exists' }] })).toBe('!x,y');
    expect(labelSelectorToString(undefined)).toBe('<none>');
  });
});
