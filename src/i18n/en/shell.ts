// The app frame's strings (header, layout, crash alert). Keys are flat: 'shell.…'.
export default {
  'shell.title': 'Kubeplay',
  'shell.tagline': 'Learn Kubernetes with a simulated cluster',
  'shell.language': 'Language',
  'shell.status.starting': 'Starting simulator…',
  'shell.status.ready': 'Simulator running',
  'shell.status.crashed': 'Simulator stopped',
  'shell.crash.title': 'The simulator stopped',
  'shell.crash.body': 'Your manifest stays in the editor. Restart to get a fresh cluster.',
  'shell.restart': 'Restart simulator',
  'shell.workspace': 'Workspace',
  'shell.loading': 'Loading…',
};
