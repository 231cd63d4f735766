// grep, checked against the GNU tools (coreutils 9, grep 3, C.UTF-8 locale): each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('grep as GNU prints it', () => {
  it.each([
    ["grep Running pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -i running pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -v Running pods.txt", "NAME                   READY   STATUS    RESTARTS   AGE\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\n", "", 0],
    ["grep -c Running pods.txt", "3\n", "", 0],
    ["grep -n web pods.txt", "2:web-766486c5b6-fdgg8   1/1     Running   0          7s\n4:web-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep -E 'web|db' pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -w 0 pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -x 'db-0.*' pods.txt", "db-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -o 'web-[a-z0-9]*' pods.txt", "web-766486c5b6\nweb-766486c5b6\n", "", 0],
    ["grep -q Running pods.txt", "", "", 0],
    ["grep nothing pods.txt", "", "", 1],
    ["grep -c nothing pods.txt", "0\n", "", 1],
    ["grep 'R.*g' pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep '^web-[0-9a-f]\\{10\\}' pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep -E '^web-[0-9a-f]{10}' pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep 'a\\|z' nums.txt", "2 a\n2 a\n-1 z\n", "", 0],
    ["grep '[[:digit:]][[:digit:]] ' nums.txt", "10 b\n33 c\n", "", 0],
    ["grep -e web -e db pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -h web pods.txt pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep -l web pods.txt nums.txt", "pods.txt\n", "", 0],
    ["grep web pods.txt nope.txt", "pods.txt:web-766486c5b6-fdgg8   1/1     Running   0          7s\npods.txt:web-766486c5b6-nwcs6   1/1     Running   2          7s\n", "grep: nope.txt: No such file or directory\n", 2],
    ["grep web dir", "", "grep: dir: Is a directory\n", 2],
    ["grep -F '1/1' pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -Q x pods.txt", "", "grep: invalid option -- 'Q'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    ["grep", "", "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    ["grep -E '(' pods.txt", "", "grep: Unmatched ( or \\(\n", 2],
    ["grep '[abc' pods.txt", "", "grep: Unmatched [, [^, [:, [., or [=\n", 2],
    ["grep two noeol.txt", "two\n", "", 0],
    ["grep -e", "", "grep: option requires an argument -- 'e'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    ["grep --bogus x", "", "grep: unrecognized option '--bogus'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", 2],
    ["cat pods.txt | grep -c web", "2\n", "", 0],
    ["grep -in 'RUN' pods.txt", "2:web-766486c5b6-fdgg8   1/1     Running   0          7s\n4:web-766486c5b6-nwcs6   1/1     Running   2          7s\n5:db-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -vc Running pods.txt", "2\n", "", 0],
    ["grep -n '' noeol.txt", "1:one\n2:two\n", "", 0],
    ["grep -A 1 api pods.txt", "api-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep -B 1 api pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\n", "", 0],
    ["grep -C 1 api pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep -A1 web pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -B2 db pods.txt", "api-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -n -A 1 '^api' pods.txt", "3:api-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\n4-web-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep -A 1 -c web pods.txt", "2\n", "", 0],
    ["grep -A 0 web pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\n--\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep -A 1 a nums.txt", "2 a\n33 c\n2 a\n-1 z\n", "", 0],
    ["grep -A x a nums.txt", "", "grep: x: invalid context length argument\n", 2],
    ["grep -A 1 -v Running pods.txt", "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\n", "", 0],
    ["grep -C 1 -n -E 'b$|z$' nums.txt", "1:10 b\n2-2 a\n--\n4-2 a\n5:-1 z\n6-x y\n", "", 0],
    ["grep -A 1 web pods.txt nums.txt", "pods.txt:web-766486c5b6-fdgg8   1/1     Running   0          7s\npods.txt-api-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\npods.txt:web-766486c5b6-nwcs6   1/1     Running   2          7s\npods.txt-db-0                   1/1     Running   10         1m\n", "", 0],
    ["grep -m1 Running pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\n", "", 0],
    ["grep -m 2 -c Running pods.txt", "2\n", "", 0],
    ["grep -m1 -A1 web pods.txt", "web-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\n", "", 0],
    ["grep -m 0 web pods.txt", "", "", 1],
    ["grep -m x a pods.txt", "", "grep: invalid max count\n", 2],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
