// マニフェストエディターの文字列。キーはフラット: 'editor.…'
export default {
  'editor.region': 'マニフェストエディター',
  'editor.apply': 'Apply（適用）',
  'editor.applying': '適用中…',
  'editor.applyHint': 'ファイル全体をクラスターに適用します（Ctrl+Enter）',
  'editor.fileName': 'ファイル名',
  'editor.fileNameInvalid': 'pod.yaml のような名前にしてください',
  'editor.result': '適用結果',
  'editor.noResult': 'Apply はファイル内のすべてのドキュメントをクラスターに送ります（kubectl apply -f {{file}} と同じ）。',
  'editor.parseError': '{{line}} 行目に YAML の構文エラーがあります。何も適用されていません。',
  'editor.loading': 'エディターを読み込み中…',
  'editor.failed': '適用に失敗しました: {{message}}',
};
