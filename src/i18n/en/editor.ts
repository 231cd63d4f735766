// The manifest editor's strings. Keys are flat: 'editor.…'.
export default {
  'editor.region': 'Manifest editor',
  'editor.apply': 'Apply',
  'editor.applying': 'Applying…',
  'editor.applyHint': 'Apply the whole file to the cluster (Ctrl+Enter)',
  'editor.fileName': 'File name',
  'editor.fileNameInvalid': 'Use a name like pod.yaml',
  'editor.result': 'Apply result',
  'editor.noResult': 'Apply sends every document in the file to the cluster, like kubectl apply -f {{file}}.',
  'editor.parseError': 'YAML syntax error on line {{line}}: nothing was applied.',
  'editor.loading': 'Loading editor…',
  'editor.failed': 'Apply failed: {{message}}',
};
