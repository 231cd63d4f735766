// echo, printf and tee, checked against bash 5's builtins and coreutils' tee: each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('echo, printf and tee as GNU prints it', () => {
  it.each([
    ["printf 'a%sb\\n' x y", "axb\nayb\n", "", 0],
    ["printf '%s\\n'", "\n", "", 0],
    ["printf '%d items\\n' 3 x", "3 items\n0 items\n", "bash: printf: x: invalid number\n", 1], // an interactive bash's wording (no `line 1:`)
    ["printf 'x\\ty\\\\n'", "x\ty\\n", "", 0],
    ["printf", "", "printf: usage: printf [-v var] format [arguments]\n", 2],
    ["printf '%5s|%-5s|\\n' ab cd", "   ab|cd   |\n", "", 0],
    ["echo -e 'a\\tb\\nc'", "a\tb\nc\n", "", 0],
    ["echo -e 'a\\\\c'", "a\\c\n", "", 0],
    ["echo -E 'a\\nb'", "a\\nb\n", "", 0],
    ["echo -ne 'x\\n'", "x\n", "", 0],
    ["echo -n -e 'x\\ty'", "x\ty", "", 0],
    ["echo -x hi", "-x hi\n", "", 0],
    ["echo -- hi", "-- hi\n", "", 0],
    ["printf '%b\\n' 'a\\nb'", "a\nb\n", "", 0],
    ["printf '%%\\n'", "%\n", "", 0],
    ["printf 'admin' | base64", "YWRtaW4=\n", "", 0],
    ["printf '%s' czNjcjN0IQ== | base64 -d", "s3cr3t!", "", 0],
    ["printf '%03d|%.2s\\n' 7 abc", "007|ab\n", "", 0],
    ["echo hi | tee t1.txt; cat t1.txt", "hi\nhi\n", "", 0],
    ["echo a > t1.txt; echo hi | tee -a t1.txt > /dev/null; cat t1.txt", "a\nhi\n", "", 0],
    ["echo hi | tee dir", "hi\n", "tee: dir: Is a directory\n", 1],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
