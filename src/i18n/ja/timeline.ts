// タイムラインバーの文字列。キーはフラット: 'timeline.…'
export default {
  'timeline.region': 'タイムライン',
  'timeline.time': 'シミュレーション時刻',
  'timeline.pause': '一時停止',
  'timeline.play': '再生',
  'timeline.step': 'ステップ',
  'timeline.stepHint': 'クラスターが次に行う処理まで進めます',
  'timeline.speed': '速度',
  'timeline.paused': '停止中',
  'timeline.running': '進行中',
};
