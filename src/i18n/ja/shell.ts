// アプリの枠（ヘッダー、レイアウト、クラッシュ通知）の文字列。キーはフラット: 'shell.…'
export default {
  'shell.title': 'Kubeplay',
  'shell.tagline': 'シミュレーションのクラスターで Kubernetes を学ぶ',
  'shell.language': '言語',
  'shell.status.starting': 'シミュレーターを起動中…',
  'shell.status.ready': 'シミュレーター稼働中',
  'shell.status.crashed': 'シミュレーター停止',
  'shell.crash.title': 'シミュレーターが停止しました',
  'shell.crash.body': 'エディターのマニフェストはそのまま残ります。再起動すると新しいクラスターで始まります。',
  'shell.restart': 'シミュレーターを再起動',
  'shell.workspace': 'ワークスペース',
  'shell.loading': '読み込み中…',
};
