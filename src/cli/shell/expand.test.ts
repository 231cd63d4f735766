// Variables, $? and $(…), checked against bash 5: each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('variables, $? and $(…) as GNU prints it', () => {
  it.each([
    ["X=hello; echo $X", "hello\n", "", 0],
    ["X=hello; echo \"$X world\" '$X'", "hello world $X\n", "", 0],
    ["X='a   b'; echo $X; echo \"$X\"", "a b\na   b\n", "", 0],
    ["echo $UNSET-x", "-x\n", "", 0],
    ["echo ${X}y", "y\n", "", 0],
    ["X=1; echo ${X}y", "1y\n", "", 0],
    ["false; echo $?", "1\n", "", 0],
    ["true; echo \"status $?\"", "status 0\n", "", 0],
    ["cat nope.txt 2>/dev/null; echo $?", "1\n", "", 0],
    ["echo $(echo inner)", "inner\n", "", 0],
    ["echo \"$(cat nums.txt | head -2)\"", "10 b\n2 a\n", "", 0],
    ["echo $(cat nums.txt | head -2)", "10 b 2 a\n", "", 0],
    ["wc -l $(echo pods.txt nums.txt)", "  5 pods.txt\n  6 nums.txt\n 11 total\n", "", 0],
    ["N=$(grep -c Running pods.txt); echo \"running: $N\"", "running: 3\n", "", 0],
    ["export NS=team-a; echo $NS", "team-a\n", "", 0],
    ["echo \\$X '$(no)' \"\\$(no)\"", "$X $(no) $(no)\n", "", 0],
    ["echo $(echo a; echo b >&2)", "a\n", "b\n", 0],
    ["F=pods.txt; head -1 $F", "NAME                   READY   STATUS    RESTARTS   AGE\n", "", 0],
    ["echo $5x", "x\n", "", 0],
    ["echo cost: $", "cost: $\n", "", 0],
    ["echo \"a$(echo)b\"", "ab\n", "", 0],
    ["echo $( echo \")\" )", ")\n", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});

describe('$(…) around kubectl', () => {
  it('shows a substitution\'s errors and uses its output as words', async () => {
    const t = testContext(FILES);
    expect(await runCommand('echo $(cat nope.txt) after', t.ctx)).toEqual({ stdout: 'after\n', stderr: 'cat: nope.txt: No such file or directory\n', exitCode: 0 });
    await runCommand('kubectl create configmap a; kubectl create configmap b', t.ctx);
    expect(await runCommand('kubectl delete $(kubectl get cm -o name | grep -v kube-root)', t.ctx)).toMatchObject({ stdout: 'configmap "a" deleted\nconfigmap "b" deleted\n', exitCode: 0 });
  });

  it('keeps variables and $? from one line to the next', async () => {
    const t = testContext(FILES);
    await runCommand(`POD=$(kubectl get ns -o jsonpath='{.items[0].metadata.name}')`, t.ctx);
    expect(await runCommand('echo "first namespace: $POD"', t.ctx)).toMatchObject({ stdout: 'first namespace: default\n' });
    await runCommand('kubectl get pod nope', t.ctx);
    expect(await runCommand('echo $?', t.ctx)).toMatchObject({ stdout: '1\n' });
  });
});
