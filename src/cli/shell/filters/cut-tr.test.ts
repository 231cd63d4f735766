// cut and tr, checked against the GNU tools (coreutils 9, grep 3, C.UTF-8 locale): each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('cut and tr as GNU prints it', () => {
  it.each([
    ["cut -d, -f1 csv.txt", "name\nweb\napi\nsolo\n", "", 0],
    ["cut -d, -f2- csv.txt", "ns,image\ndefault,nginx:1.27\nteam-a,redis\nsolo\n", "", 0],
    ["cut -d, -f1,3 csv.txt", "name,image\nweb,nginx:1.27\napi,redis\nsolo\n", "", 0],
    ["cut -d, -f-2 csv.txt", "name,ns\nweb,default\napi,team-a\nsolo\n", "", 0],
    ["cut -d, -s -f2 csv.txt", "ns\ndefault\nteam-a\n", "", 0],
    ["cut -c1-3 csv.txt", "nam\nweb\napi\nsol\n", "", 0],
    ["cut -c 2 csv.txt", "a\ne\np\no\n", "", 0],
    ["cut -d' ' -f1 nums.txt", "10\n2\n33\n2\n-1\nx\n", "", 0],
    ["cut -f1 csv.txt", "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "", 0],
    ["cut csv.txt", "", "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 1],
    ["cut -d, csv.txt", "", "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 1],
    ["cut -f0 csv.txt", "", "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", 1],
    ["cut -f x csv.txt", "", "cut: invalid field value \u2018x\u2019\nTry 'cut --help' for more information.\n", 1],
    ["cut -f 3-1 csv.txt", "", "cut: invalid decreasing range\nTry 'cut --help' for more information.\n", 1],
    ["cut -d ab -f1 csv.txt", "", "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n", 1],
    ["cut -d, -f1 -c1 csv.txt", "", "cut: only one list may be specified\nTry 'cut --help' for more information.\n", 1],
    ["cut -f", "", "cut: option requires an argument -- 'f'\nTry 'cut --help' for more information.\n", 1],
    ["cut -d, -f1 nope.txt", "", "cut: nope.txt: No such file or directory\n", 1],
    ["cat pods.txt | tr -s ' ' | cut -d' ' -f1,3", "NAME STATUS\nweb-766486c5b6-fdgg8 Running\napi-5d8f7c9b4-x2kq1 Pending\nweb-766486c5b6-nwcs6 Running\ndb-0 Running\n", "", 0],
    ["echo Hello World | tr a-z A-Z", "HELLO WORLD\n", "", 0],
    ["echo Hello World | tr '[:lower:]' '[:upper:]'", "HELLO WORLD\n", "", 0],
    ["echo Hello World | tr -d lo", "He Wrd\n", "", 0],
    ["echo 'a   b    c' | tr -s ' '", "a b c\n", "", 0],
    ["echo 'a,b,c' | tr , '\\n'", "a\nb\nc\n", "", 0],
    ["echo abc | tr abc x", "xxx\n", "", 0],
    ["echo aabbcc | tr -s a-z", "abc\n", "", 0],
    ["tr", "", "tr: missing operand\nTry 'tr --help' for more information.\n", 1],
    ["tr a", "", "tr: missing operand after \u2018a\u2019\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", 1],
    ["echo hi | tr -Q a b", "", "tr: invalid option -- 'Q'\nTry 'tr --help' for more information.\n", 1],
    ["echo hello | tr el ip", "hippo\n", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
