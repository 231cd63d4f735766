// wc, checked against the GNU tools (coreutils 9, grep 3, C.UTF-8 locale): each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('wc as GNU prints it', () => {
  it.each([
    ["wc pods.txt", "  5  25 276 pods.txt\n", "", 0],
    ["wc -l pods.txt", "5 pods.txt\n", "", 0],
    ["wc -w pods.txt", "25 pods.txt\n", "", 0],
    ["wc -c pods.txt", "276 pods.txt\n", "", 0],
    ["wc -lw pods.txt", "  5  25 pods.txt\n", "", 0],
    ["wc pods.txt nums.txt", "  5  25 276 pods.txt\n  6  12  27 nums.txt\n 11  37 303 total\n", "", 0],
    ["wc -l pods.txt nums.txt", "  5 pods.txt\n  6 nums.txt\n 11 total\n", "", 0],
    ["cat pods.txt | wc", "      5      25     276\n", "", 0],
    ["cat pods.txt | wc -l", "5\n", "", 0],
    ["cat pods.txt | wc -lc", "      5     276\n", "", 0],
    ["wc noeol.txt", "1 2 7 noeol.txt\n", "", 0],
    ["wc nope.txt", "", "wc: nope.txt: No such file or directory\n", 1],
    ["wc -l pods.txt nope.txt", "  5 pods.txt\n  5 total\n", "wc: nope.txt: No such file or directory\n", 1],
    ["wc -Q", "", "wc: invalid option -- 'Q'\nTry 'wc --help' for more information.\n", 1],
    ["wc -m csv.txt", "59 csv.txt\n", "", 0],
    ["wc dir", "      0       0       0 dir\n", "wc: dir: Is a directory\n", 1],
    ["echo h\u00e9llo | wc -c", "7\n", "", 0],
    ["echo h\u00e9llo | wc -m", "6\n", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
