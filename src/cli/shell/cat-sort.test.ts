import { describe, expect, it } from 'vitest';
import { runCommand } from '../run';
import { testContext } from '../testing/context';

// sort -h and cat -n, recorded from coreutils on the same files
const FILES: Record<string, string> = {"mem.txt": "a 12Mi\nb 1Gi\nc 900Ki\nd 3\ne 15Mi\n", "two.txt": "x\ny\n", "noeol.txt": "one\ntwo"};

describe('sort -h and cat -n as coreutils prints them', () => {
  it.each([
    ["sort -k2 -h mem.txt", "d 3\nc 900Ki\na 12Mi\ne 15Mi\nb 1Gi\n", "", 0],
    ["sort -k2h -r mem.txt", "d 3\nc 900Ki\na 12Mi\ne 15Mi\nb 1Gi\n", "", 0],
    ["sort -h -r -k2 mem.txt", "b 1Gi\ne 15Mi\na 12Mi\nc 900Ki\nd 3\n", "", 0],
    ["cat -n two.txt", "     1\tx\n     2\ty\n", "", 0],
    ["cat -n two.txt two.txt", "     1\tx\n     2\ty\n     3\tx\n     4\ty\n", "", 0],
    ["cat -n noeol.txt", "     1\tone\n     2\ttwo", "", 0],
    ["cat -Q two.txt", "", "cat: invalid option -- 'Q'\nTry 'cat --help' for more information.\n", 1],
    ["cat -nQ two.txt", "", "cat: invalid option -- 'Q'\nTry 'cat --help' for more information.\n", 1],
    ["cat --bogus two.txt", "", "cat: unrecognized option '--bogus'\nTry 'cat --help' for more information.\n", 1],
    ["cat - two.txt < mem.txt", "a 12Mi\nb 1Gi\nc 900Ki\nd 3\ne 15Mi\nx\ny\n", "", 0],
    ["cat -n < two.txt", "     1\tx\n     2\ty\n", "", 0],
  ] as [string, string, string, number][])('%s', async (line, stdout, stderr, exitCode) => {
    expect(await runCommand(line, testContext(FILES).ctx)).toMatchObject({ stdout, stderr, exitCode });
  });
});
