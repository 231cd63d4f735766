// sort and uniq, checked against the GNU tools (coreutils 9, grep 3, C.UTF-8 locale): each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('sort and uniq as GNU prints it', () => {
  it.each([
    ["sort nums.txt", "-1 z\n10 b\n2 a\n2 a\n33 c\nx y\n", "", 0],
    ["sort -n nums.txt", "-1 z\nx y\n2 a\n2 a\n10 b\n33 c\n", "", 0],
    ["sort -rn nums.txt", "33 c\n10 b\n2 a\n2 a\nx y\n-1 z\n", "", 0],
    ["sort -u nums.txt", "-1 z\n10 b\n2 a\n33 c\nx y\n", "", 0],
    ["sort -k2 nums.txt", "2 a\n2 a\n10 b\n33 c\nx y\n-1 z\n", "", 0],
    ["sort -k2,2 -r nums.txt", "-1 z\nx y\n33 c\n10 b\n2 a\n2 a\n", "", 0],
    ["sort -k 1n nums.txt", "-1 z\nx y\n2 a\n2 a\n10 b\n33 c\n", "", 0],
    ["sort -t, -k2 csv.txt", "solo\nweb,default,nginx:1.27\nname,ns,image\napi,team-a,redis\n", "", 0],
    ["sort -r pods.txt", "web-766486c5b6-nwcs6   1/1     Running   2          7s\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\ndb-0                   1/1     Running   10         1m\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nNAME                   READY   STATUS    RESTARTS   AGE\n", "", 0],
    ["sort -k4 -n pods.txt", "NAME                   READY   STATUS    RESTARTS   AGE\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["sort -k4nr pods.txt", "db-0                   1/1     Running   10         1m\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\nNAME                   READY   STATUS    RESTARTS   AGE\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\n", "", 0],
    ["sort nums.txt pods.txt", "-1 z\n10 b\n2 a\n2 a\n33 c\nNAME                   READY   STATUS    RESTARTS   AGE\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\ndb-0                   1/1     Running   10         1m\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\nx y\n", "", 0],
    ["sort nope.txt", "", "sort: cannot read: nope.txt: No such file or directory\n", 2],
    ["sort -Q", "", "sort: invalid option -- 'Q'\nTry 'sort --help' for more information.\n", 2],
    ["sort -t ab nums.txt", "", "sort: multi-character tab \u2018ab\u2019\n", 2],
    ["sort -k0 nums.txt", "", "sort: field number is zero: invalid field specification \u20180\u2019\n", 2],
    ["sort -nu nums.txt", "-1 z\nx y\n2 a\n10 b\n33 c\n", "", 0],
    ["sort -f csv.txt", "api,team-a,redis\nname,ns,image\nsolo\nweb,default,nginx:1.27\n", "", 0],
    ["cat nums.txt | sort | uniq", "-1 z\n10 b\n2 a\n33 c\nx y\n", "", 0],
    ["sort nums.txt | uniq -c", "      1 -1 z\n      1 10 b\n      2 2 a\n      1 33 c\n      1 x y\n", "", 0],
    ["sort nums.txt | uniq -d", "2 a\n", "", 0],
    ["sort nums.txt | uniq -u", "-1 z\n10 b\n33 c\nx y\n", "", 0],
    ["uniq nums.txt", "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "", 0],
    ["uniq -c nums.txt", "      1 10 b\n      1 2 a\n      1 33 c\n      1 2 a\n      1 -1 z\n      1 x y\n", "", 0],
    ["uniq nope.txt", "", "uniq: nope.txt: No such file or directory\n", 1],
    ["uniq -Q", "", "uniq: invalid option -- 'Q'\nTry 'uniq --help' for more information.\n", 1],
    ["sort noeol.txt", "one\ntwo\n", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
