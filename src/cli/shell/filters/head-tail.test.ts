// head and tail, checked against the GNU tools (coreutils 9, grep 3, C.UTF-8 locale): each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('head and tail as GNU prints it', () => {
  it.each([
    ["head -n 2 pods.txt", "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\n", "", 0],
    ["head -2 pods.txt", "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\n", "", 0],
    ["head -n2 pods.txt", "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\n", "", 0],
    ["head --lines=3 nums.txt", "10 b\n2 a\n33 c\n", "", 0],
    ["head -n -4 nums.txt", "10 b\n2 a\n", "", 0],
    ["head pods.txt nums.txt", "==> pods.txt <==\nNAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n\n==> nums.txt <==\n10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "", 0],
    ["head -q -n1 pods.txt nums.txt", "NAME                   READY   STATUS    RESTARTS   AGE\n10 b\n", "", 0],
    ["head -c 5 nums.txt", "10 b\n", "", 0],
    ["head -n x pods.txt", "", "head: invalid number of lines: \u2018x\u2019\n", 1],
    ["head nope.txt", "", "head: cannot open 'nope.txt' for reading: No such file or directory\n", 1],
    ["head -Q", "", "head: invalid option -- 'Q'\nTry 'head --help' for more information.\n", 1],
    ["head dir", "", "head: error reading 'dir': Is a directory\n", 1],
    ["tail -n 2 pods.txt", "web-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["tail -1 pods.txt", "db-0                   1/1     Running   10         1m\n", "", 0],
    ["tail -n +2 nums.txt", "2 a\n33 c\n2 a\n-1 z\nx y\n", "", 0],
    ["tail -n 1 noeol.txt", "two", "", 0],
    ["tail -n 1 pods.txt nums.txt", "==> pods.txt <==\ndb-0                   1/1     Running   10         1m\n\n==> nums.txt <==\nx y\n", "", 0],
    ["tail nope.txt", "", "tail: cannot open 'nope.txt' for reading: No such file or directory\n", 1],
    ["tail -n 0 pods.txt", "", "", 0],
    ["cat pods.txt | head -n 1", "NAME                   READY   STATUS    RESTARTS   AGE\n", "", 0],
    ["head -n 1 noeol.txt", "one\n", "", 0],
    ["head -n 5 noeol.txt", "one\ntwo", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
