// `helm create NAME`: the scaffold chart (./scaffold.ts) written into the workspace, with helm's
// checks and messages (pkg/cmd/create.go, pkg/chart/v2/util/create.go).
import type { Workspace } from '../../cli/types';
import { normalizePath } from '../../cli/workspace';
import { CREATE_FILES } from './scaffold';

const CHART_NAME = /^[a-zA-Z0-9._-]+$/;
/** where the terminal's relative paths start (the shell's pwd) */
export const WORKSPACE_ROOT = '/workspace';

export interface CreateResult {
  stdout: string;
  stderr: string;
  error?: string;
}

export function createChart(ws: Workspace, path: string): CreateResult {
  const stdout = `Creating ${path}\n`;
  const target = normalizePath(path);
  const name = target.split('/').pop() ?? '';
  if (name === '' || name.length > 250) return { stdout, stderr: '', error: 'chart name must be between 1 and 250 characters' };
  if (!CHART_NAME.test(name)) return { stdout, stderr: '', error: `chart name must match the regular expression "${CHART_NAME.source}"` };
  const parent = target.split('/').slice(0, -1).join('/');
  if (parent && !ws.exists(parent)) return { stdout, stderr: '', error: `stat ${WORKSPACE_ROOT}/${parent}: no such file or directory` };
  if (ws.read(target) !== undefined) return { stdout, stderr: '', error: `file ${WORKSPACE_ROOT}/${target} already exists and is not a directory` };
  let stderr = '';
  for (const [file, content] of CREATE_FILES) {
    const at = `${target}/${file}`;
    if (ws.read(at) !== undefined) stderr += `WARNING: File "${WORKSPACE_ROOT}/${at}" already exists. Overwriting.\n`;
    ws.write(at, content.replaceAll('<CHARTNAME>', name));
  }
  return { stdout, stderr };
}
