// ターミナルの文字列（kubectl の出力はどの言語でも英語のまま）。キーはフラット: 'terminal.…'
export default {
  'terminal.region': 'ターミナル',
  'terminal.welcome': 'kubectl コマンドを入力してください（例: kubectl get pods）。Tab で補完、Shift+Tab でターミナルから移動、clear で画面を消去します。',
  'terminal.failed': 'シミュレーターが応答しませんでした: {{message}}',
};
