// base64, checked against the GNU tools (coreutils 9, grep 3, C.UTF-8 locale): each case's stdout,
// stderr and exit status are what `bash -c` printed on the same files.
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../run';
import { testContext } from '../../testing/context';

const FILES: Record<string, string> = {"pods.txt": "NAME                   READY   STATUS    RESTARTS   AGE\nweb-766486c5b6-fdgg8   1/1     Running   0          7s\napi-5d8f7c9b4-x2kq1    0/1     Pending   0          3s\nweb-766486c5b6-nwcs6   1/1     Running   2          7s\ndb-0                   1/1     Running   10         1m\n", "nums.txt": "10 b\n2 a\n33 c\n2 a\n-1 z\nx y\n", "csv.txt": "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "dir/keep.txt": "x\n", "noeol.txt": "one\ntwo"};

describe('base64 as GNU prints it', () => {
  it.each([
    ["echo -n 's3cr3t!' | base64", "czNjcjN0IQ==\n", "", 0],
    ["echo hello | base64", "aGVsbG8K\n", "", 0],
    ["base64 csv.txt", "bmFtZSxucyxpbWFnZQp3ZWIsZGVmYXVsdCxuZ2lueDoxLjI3CmFwaSx0ZWFtLWEscmVkaXMKc29s\nbwo=\n", "", 0],
    ["base64 -w 20 csv.txt", "bmFtZSxucyxpbWFnZQp3\nZWIsZGVmYXVsdCxuZ2lu\neDoxLjI3CmFwaSx0ZWFt\nLWEscmVkaXMKc29sbwo=\n", "", 0],
    ["base64 -w0 csv.txt", "bmFtZSxucyxpbWFnZQp3ZWIsZGVmYXVsdCxuZ2lueDoxLjI3CmFwaSx0ZWFtLWEscmVkaXMKc29sbwo=", "", 0],
    ["base64 --wrap=0 nums.txt", "MTAgYgoyIGEKMzMgYwoyIGEKLTEgegp4IHkK", "", 0],
    ["echo -n czNjcjN0IQ== | base64 -d", "s3cr3t!", "", 0],
    ["echo -n czNjcjN0IQ== | base64 --decode", "s3cr3t!", "", 0],
    ["echo czNjcjN0IQ== | base64 -d", "s3cr3t!", "", 0],
    ["echo -n czNjcjN0IQ | base64 -d", "s3cr3t!", "base64: invalid input\n", 1],
    ["echo -n 'czNjcjN0IQ=' | base64 -d", "s3cr3t!", "base64: invalid input\n", 1],
    ["echo -n 'cz Nj' | base64 -d", "s", "base64: invalid input\n", 1],
    ["echo -n 'a!b' | base64 -d", "", "base64: invalid input\n", 1],
    ["base64 csv.txt | base64 -d", "name,ns,image\nweb,default,nginx:1.27\napi,team-a,redis\nsolo\n", "", 0],
    ["echo -n 'h\u00e9llo w\u00f6rld' | base64", "aMOpbGxvIHfDtnJsZA==\n", "", 0],
    ["echo -n 'aMOpbGxv' | base64 -d", "h\u00e9llo", "", 0],
    ["base64 nope.txt", "", "base64: nope.txt: No such file or directory\n", 1],
    ["base64 -Q", "", "base64: invalid option -- 'Q'\nTry 'base64 --help' for more information.\n", 1],
    ["base64 a b", "", "base64: extra operand \u2018b\u2019\nTry 'base64 --help' for more information.\n", 1],
    ["base64 -w x csv.txt", "", "base64: invalid wrap size: \u2018x\u2019\n", 1],
    ["echo -n | base64", "", "", 0],
    ["echo -n | base64 -d", "", "", 0],
    ["echo -n 'Y3pOamNqTjBJUT09' | base64 -d | base64 -d", "s3cr3t!", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    const t = testContext(FILES);
    expect(await runCommand(line, t.ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
