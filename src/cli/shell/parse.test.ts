import { describe, expect, it } from 'vitest';
import { lex } from './lex';
import { needsMoreInput, parseShell } from './parse';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

describe('lex: operators and words', () => {
  it('tells unquoted operators from quoted text', () => {
    expect(lex(`k get pods|grep 'a|b' "x>y" 2>&1 >>f`)).toEqual({
      tokens: [
        { kind: 'word', text: 'k' },
        { kind: 'word', text: 'get' },
        { kind: 'word', text: 'pods' },
        { kind: 'op', op: '|' },
        { kind: 'word', text: 'grep' },
        { kind: 'word', text: 'a|b' },
        { kind: 'word', text: 'x>y' },
        { kind: 'op', op: '2>&1' },
        { kind: 'op', op: '>>' },
        { kind: 'word', text: 'f' },
      ],
    });
  });

  it('reads `2>` as an operator only at the start of a word', () => {
    expect(lex('echo a2>f')).toEqual({ tokens: [{ kind: 'word', text: 'echo' }, { kind: 'word', text: 'a2' }, { kind: 'op', op: '>' }, { kind: 'word', text: 'f' }] });
  });

  it('takes a here-document body from the lines after its line', () => {
    const r = lex("cat <<'EOF' | wc -l; echo x\nline $HOME\nEOF\necho after");
    expect(r).toMatchObject({ tokens: expect.arrayContaining([{ kind: 'heredoc', delimiter: 'EOF', body: 'line $HOME\n' }, { kind: 'word', text: 'after' }]) });
  });
});

describe('parseShell: bash syntax errors', () => {
  it.each([
    ['| grep x', 'bash: syntax error near unexpected token `|\''],
    ['echo a | | b', 'bash: syntax error near unexpected token `|\''],
    ['echo a && && b', 'bash: syntax error near unexpected token `&&\''],
    ['echo a ; ; b', 'bash: syntax error near unexpected token `;\''],
    ['echo a >', 'bash: syntax error near unexpected token `newline\''],
    ['echo a 2> | x', 'bash: syntax error near unexpected token `|\''],
    ['echo a |', 'bash: syntax error: unexpected end of file'],
    ['echo a &&', 'bash: syntax error: unexpected end of file'],
    ['cat <<', 'bash: syntax error near unexpected token `newline\''],
  ])('%s', async (line, error) => {
    expect(parseShell(line)).toMatchObject({ error });
    expect(await runCommand(line, testContext().ctx)).toEqual({ stdout: '', stderr: `${error}\n`, exitCode: 2 });
  });
});

describe('needsMoreInput: when the terminal shows the `> ` prompt', () => {
  it.each([
    ['kubectl apply -f - <<EOF', true],
    ['kubectl apply -f - <<EOF\nkind: Pod', true],
    ['kubectl apply -f - <<EOF\nkind: Pod\nEOF', false],
    ['cat <<-END\n\tx\n\tEND', false],
    ['echo "open', true],
    ["echo 'open\nstill", true],
    ["echo 'open\nclosed'", false],
    ['kubectl get pods |', true],
    ['kubectl get pods &&', true],
    ['kubectl get pods \\', true],
    ['kubectl get pods', false],
    ["echo '<<EOF'", false],
    ['echo a | | b', false],
  ])('%j → %s', (input, more) => {
    expect(needsMoreInput(input)).toBe(more);
  });
});

describe('here-documents run', () => {
  it('feeds the body to the command, and warns as bash does when the delimiter never comes', async () => {
    const t = testContext();
    expect(await runCommand('cat <<EOF | grep -c o\nfoo\nbar\nboo\nEOF', t.ctx)).toEqual({ stdout: '2\n', stderr: '', exitCode: 0 });
    expect(await runCommand('cat <<-EOF\n\ttabbed\n\tEOF', t.ctx)).toMatchObject({ stdout: 'tabbed\n', exitCode: 0 });
    expect(await runCommand('cat <<EOF\nunterminated', t.ctx)).toEqual({ stdout: 'unterminated\n', stderr: "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n", exitCode: 0 });
    expect(await runCommand('cat <<A; cat <<B\none\nA\ntwo\nB', t.ctx)).toMatchObject({ stdout: 'one\ntwo\n', exitCode: 0 });
  });

  it('applies a Deployment from a heredoc, as a pasted `kubectl apply -f - <<EOF` does', async () => {
    const t = testContext();
    const yaml = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n';
    expect(await runCommand(`kubectl apply -f - <<EOF\n${yaml}EOF`, t.ctx)).toEqual({ stdout: 'deployment.apps/web created\n', stderr: '', exitCode: 0 });
    expect(await runCommand(`kubectl create -f - <<EOF\n${yaml}EOF`, t.ctx)).toMatchObject({ stderr: 'Error from server (AlreadyExists): error when creating "STDIN": deployments.apps "web" already exists\n', exitCode: 1 });
    expect(await runCommand(`kubectl delete -f - <<EOF\n${yaml}EOF`, t.ctx)).toMatchObject({ stdout: 'deployment.apps "web" deleted\n', exitCode: 0 });
  });
});

describe('here-document expansion', () => {
  it('expands $NAME and $(…) in the body of <<EOF, not of <<\'EOF\' (bash)', async () => {
    const t = testContext();
    await runCommand('NAME=web', t.ctx);
    expect(await runCommand('cat <<EOF\nname: $NAME\nliteral: \\$NAME\nsub: $(echo hi)\nEOF', t.ctx)).toMatchObject({ stdout: 'name: web\nliteral: $NAME\nsub: hi\n', exitCode: 0 });
    expect(await runCommand("cat <<'EOF'\nname: $NAME $(echo hi)\nEOF", t.ctx)).toMatchObject({ stdout: 'name: $NAME $(echo hi)\n', exitCode: 0 });
    // Kubernetes' own $(VAR) in an unquoted here-document is a command substitution to bash
    expect(await runCommand('cat <<EOF\nargs: ["$(POD_NAME)"]\nEOF', t.ctx)).toMatchObject({ stdout: 'args: [""]\n', stderr: 'command not found: POD_NAME\n' });
  });
});
