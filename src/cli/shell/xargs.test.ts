// xargs, checked against GNU findutils' xargs: each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('xargs as GNU prints it', () => {
  it.each([
    ["echo a b c | xargs", "a b c\n", "", 0],
    ["echo a b c | xargs -n 2 echo", "a b\nc\n", "", 0],
    ["head -2 csv.txt | xargs -I {} echo item-{}-end", "item-name,ns,image-end\nitem-web,default,nginx:1.27-end\n", "", 0],
    ["echo | xargs echo hi", "hi\n", "", 0],
    ["echo | xargs -r echo hi", "", "", 0],
    ["echo nope.txt | xargs cat", "", "cat: nope.txt: No such file or directory\n", 123],
    ["echo a | xargs nosuch", "", "xargs: nosuch: No such file or directory\n", 127],
    ["echo a | xargs -Q", "", "xargs: invalid option -- 'Q'\nTry 'xargs --help' for more information.\n", 1],
    ["echo a b | xargs -n x echo", "", "xargs: invalid number \"x\" for -n option\nTry 'xargs --help' for more information.\n", 1],
    ["echo a | xargs false", "", "", 123],
    ["cat csv.txt | xargs -n1 echo | wc -l", "4\n", "", 0],
    ["echo pods.txt nums.txt | xargs wc -l", "  5 pods.txt\n  6 nums.txt\n 11 total\n", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});

describe('xargs with kubectl', () => {
  it('deletes what kubectl get -o name lists', async () => {
    const t = testContext();
    await runCommand('kubectl create configmap a; kubectl create configmap b', t.ctx);
    expect(await runCommand('kubectl get configmaps -o name | grep -v kube-root | xargs kubectl delete', t.ctx)).toEqual({ stdout: 'configmap "a" deleted\nconfigmap "b" deleted\n', stderr: '', exitCode: 0 });
  });
});
