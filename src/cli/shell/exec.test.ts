// The shell's pipes, redirections and lists, checked against bash 5 and coreutils (C.UTF-8): each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../run';
import { testContext } from '../testing/context';
import { interruptible } from '../interrupt';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('the shell: pipes, redirections, lists, as bash runs them', () => {
  it.each([
    ["echo a '|' b \"&&\" c '>' d '2>&1' e ';'", "a | b && c > d 2>&1 e ;\n", "", 0],
    ["echo a\\|b a\\>b", "a|b a>b\n", "", 0],
    ["echo one | cat", "one\n", "", 0],
    ["echo one; echo two", "one\ntwo\n", "", 0],
    ["echo one;echo two", "one\ntwo\n", "", 0],
    ["false && echo no", "", "", 1],
    ["false || echo yes", "yes\n", "", 0],
    ["true && echo yes || echo no", "yes\n", "", 0],
    ["false && echo no || echo yes", "yes\n", "", 0],
    ["true || echo no && echo yes", "yes\n", "", 0],
    ["false; echo after", "after\n", "", 0],
    ["cat nope.txt && echo no", "", "cat: nope.txt: No such file or directory\n", 1],
    ["cat nope.txt || echo handled", "handled\n", "cat: nope.txt: No such file or directory\n", 0],
    ["cat nope.txt 2>&1 | grep -c such", "1\n", "", 0],
    ["cat nope.txt 2>/dev/null; echo status", "status\n", "", 0],
    ["cat nope.txt > /dev/null 2>&1 || echo quiet", "quiet\n", "", 0],
    ["cat nope.txt 2>&1 > /dev/null | cat", "cat: nope.txt: No such file or directory\n", "", 0],
    ["echo hidden > /dev/null", "", "", 0],
    ["echo out > f.txt; cat f.txt", "out\n", "", 0],
    ["echo a > f.txt; echo b >> f.txt; cat f.txt", "a\nb\n", "", 0],
    ["cat < nums.txt", "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "", 0],
    ["cat nope.txt &> err.txt; cat err.txt", "cat: nope.txt: No such file or directory\n", "", 0],
    ["echo to-stderr >&2", "", "to-stderr\n", 0],
    ["echo to-stderr >&2 2>/dev/null", "", "to-stderr\n", 0],
    ["cat <<< 'here string'", "here string\n", "", 0],
    ["echo 'it'\"'\"'s'", "it's\n", "", 0],
    ["echo a # comment | grep x", "a\n", "", 0],
    ["echo x 2>&1", "x\n", "", 0],
    ["echo a2>f.txt; cat f.txt", "a2\n", "", 0],
    ["echo a && echo b > g.txt; cat g.txt", "a\nb\n", "", 0],
    ["cat nums.txt | head -3 | tail -1", "33 c\n", "", 0],
    ["echo x | grep y | wc -l", "0\n", "", 0],
    ["cat nope.txt | wc -l", "0\n", "cat: nope.txt: No such file or directory\n", 0],
    ["echo x | false", "", "", 1],
    ["false | echo x", "x\n", "", 0],
    ["> empty.txt; wc -c empty.txt", "0 empty.txt\n", "", 0],
    ["echo x >> new.txt; cat new.txt", "x\n", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});

describe('the shell around kubectl', () => {
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

  it('pipes kubectl into filters and a file into kubectl apply -f -', async () => {
    const t = testContext({ 'pod.yaml': POD });
    expect(await runCommand('cat pod.yaml | kubectl apply -f -', t.ctx)).toEqual({ stdout: 'pod/web created\n', stderr: '', exitCode: 0 });
    expect(await runCommand('kubectl get pods -o name | wc -l', t.ctx)).toMatchObject({ stdout: '1\n', exitCode: 0 });
    expect(await runCommand('kubectl get pods | grep -c Pending', t.ctx)).toMatchObject({ stdout: '1\n', exitCode: 0 });
    expect(await runCommand('kubectl get pods | grep Running', t.ctx)).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    // the exit status is the last stage's; every stage's stderr reaches the terminal
    expect(await runCommand('kubectl get pods nope | wc -l', t.ctx)).toEqual({ stdout: '0\n', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 0 });
  });

  it('reads a Secret through jsonpath | base64 -d', async () => {
    const t = testContext();
    await runCommand('kubectl create secret generic db --from-literal=password=hunter2', t.ctx);
    expect(await runCommand(`kubectl get secret db -o jsonpath='{.data.password}' | base64 -d`, t.ctx)).toEqual({ stdout: 'hunter2', stderr: '', exitCode: 0 });
  });

  it('keeps a namespace switch made inside a list', async () => {
    const t = testContext();
    await runCommand('kubectl config set-context --current --namespace=kube-public && echo ok', t.ctx);
    expect(t.ctx.namespace).toBe('kube-public');
  });

  it('shows each command\'s output in order through print, before the next one runs', async () => {
    const t = testContext();
    const shown: string[] = [];
    const r = await runCommand('echo one; echo two | cat; echo three > f.txt; echo four', { ...t.ctx, print: (s) => shown.push(s) });
    expect(shown).toEqual(['one\n', 'two\n']);
    expect(r).toMatchObject({ stdout: 'four\n', exitCode: 0 });
    expect(t.workspace.read('f.txt')).toBe('three\n');
  });

  it('shows an earlier command\'s errors through printError before the next command runs', async () => {
    const t = testContext();
    const shown: string[] = [];
    const r = await runCommand('cat nope.txt; echo after; cat gone.txt', { ...t.ctx, print: (s) => shown.push(`out:${s}`), printError: (s) => shown.push(`err:${s}`) });
    expect(shown).toEqual(['err:cat: nope.txt: No such file or directory\n', 'out:after\n']);
    expect(r).toMatchObject({ stdout: '', stderr: 'cat: gone.txt: No such file or directory\n', exitCode: 1 });
  });

  it('stops the whole line on Ctrl+C; the stages after a watch filter what it printed', async () => {
    const t = testContext({ 'pod.yaml': POD });
    await runCommand('kubectl apply -f pod.yaml', t.ctx);
    const controller = new AbortController();
    // simulated time that passes only as real time does, so the watch is still running at Ctrl+C
    const slow = { ...t.ctx, sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(() => resolve(t.clock.advance(Math.min(ms, 1000))), 1)) };
    const ctx = interruptible(slow, controller.signal);
    const line = runCommand('kubectl get pods -w | grep web; echo never', ctx);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    expect(await line).toMatchObject({ stdout: 'web    0/1     Pending   0          0s\n', exitCode: 130 });
  });

  it('clear writes the screen-clearing sequence, as ncurses\' clear does for xterm', async () => {
    expect(await runCommand('echo hi; clear', testContext().ctx)).toEqual({ stdout: 'hi\n\x1b[H\x1b[2J\x1b[3J', stderr: '', exitCode: 0 });
  });

  it('runs sleep in simulated time, and timeout over a pipeline stage', async () => {
    const t = testContext();
    const before = t.clock.now();
    expect(await runCommand('sleep 1m 30s && echo done', t.ctx)).toMatchObject({ stdout: 'done\n', exitCode: 0 });
    expect(t.clock.now() - before).toBe(90_000);
    expect(await runCommand('sleep', t.ctx)).toEqual({ stdout: '', stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", exitCode: 1 });
    expect(await runCommand('timeout 5s kubectl get pods -w | wc -l', t.ctx)).toMatchObject({ stdout: '0\n', exitCode: 0 });
    expect(await runCommand('timeout 5s kubectl get pods -w; echo $?', t.ctx)).toMatchObject({ stdout: '124\n' });
  });
});
