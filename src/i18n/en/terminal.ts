// The terminal's strings (kubectl's own output stays English everywhere). Keys are flat: 'terminal.…'.
export default {
  'terminal.region': 'Terminal',
  'terminal.welcome': 'Type kubectl commands, for example: kubectl get pods. Tab completes; Shift+Tab leaves the terminal; clear clears the screen.',
  'terminal.failed': 'The simulator did not answer: {{message}}',
};
