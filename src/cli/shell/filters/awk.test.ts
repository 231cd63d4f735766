// awk's print programs, checked against mawk 1.3 (Debian's awk): each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('awk as mawk prints it', () => {
  it.each([
    ["awk '{print $1}' pods.txt", "NAME\nweb-766486c5b6-fdgg8\napi-5d8f7c9b4-x2kq1\nweb-766486c5b6-nwcs6\ndb-0\n", "", 0],
    ["awk 'NR>1 {print $1}' pods.txt", "web-766486c5b6-fdgg8\napi-5d8f7c9b4-x2kq1\nweb-766486c5b6-nwcs6\ndb-0\n", "", 0],
    ["awk 'NR>1 {print $1, $3}' pods.txt", "web-766486c5b6-fdgg8 Running\napi-5d8f7c9b4-x2kq1 Pending\nweb-766486c5b6-nwcs6 Running\ndb-0 Running\n", "", 0],
    ["awk '{print $1 \"/\" $2}' nums.txt", "10/b\n2/a\n33/c\n2/a\n-1/z\nx/y\n", "", 0],
    ["awk '/Running/ {print $1}' pods.txt", "web-766486c5b6-fdgg8\nweb-766486c5b6-nwcs6\ndb-0\n", "", 0],
    ["awk '!/Running/' pods.txt", "NAME                   READY   STATUS    RESTARTS   AGE\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\n", "", 0],
    ["awk '$3 == \"Running\" {print $1}' pods.txt", "web-766486c5b6-fdgg8\nweb-766486c5b6-nwcs6\ndb-0\n", "", 0],
    ["awk '$4 > 1 {print $1, $4}' pods.txt", "NAME RESTARTS\nweb-766486c5b6-nwcs6 2\ndb-0 10\n", "", 0],
    ["awk '$1 ~ /^web/ {print NR, $NF}' pods.txt", "2 7s\n4 7s\n", "", 0],
    ["awk '$1 !~ /^web/ {print $1}' pods.txt", "NAME\napi-5d8f7c9b4-x2kq1\ndb-0\n", "", 0],
    ["awk -F, '{print $2}' csv.txt", "ns\ndefault\nteam-a\n\n", "", 0],
    ["awk -F , 'NF > 1 {print $3}' csv.txt", "image\nnginx:1.27\nredis\n", "", 0],
    ["awk '{print NF}' csv.txt", "1\n1\n1\n1\n", "", 0],
    ["awk 'END {print NR}' pods.txt", "5\n", "", 0],
    ["awk 'BEGIN {print \"start\"} {print $2} END {print \"done\"}' nums.txt", "start\nb\na\nc\na\nz\ny\ndone\n", "", 0],
    ["awk '{print}' noeol.txt", "one\ntwo\n", "", 0],
    ["awk '{ print $1; print $2 }' nums.txt", "10\nb\n2\na\n33\nc\n2\na\n-1\nz\nx\ny\n", "", 0],
    ["awk '{print $9}' nums.txt", "\n\n\n\n\n\n", "", 0],
    ["cat pods.txt | awk '{print $2}'", "READY\n1/1\n0/1\n1/1\n1/1\n", "", 0],
    ["awk '{print $1}' nope.txt", "", "awk: cannot open nope.txt (No such file or directory)\n", 2],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});

describe('awk beyond print programs', () => {
  it.each([`awk '{x = $1; print x}'`, `awk '{printf "%s", $1}'`, `awk '{print $(NF-1)}'`, `awk 'BEGIN'`])('%s is refused, not misread', async (line) => {
    const t = testContext(FILES);
    expect(await runCommand(`${line} pods.txt`, t.ctx)).toEqual({ stdout: '', stderr: "awk: Kubeplay's awk runs only print programs ({print $1, $3}, NR>1, /re/, $2 ~ /re/, BEGIN/END)\n", exitCode: 2 });
  });
});
