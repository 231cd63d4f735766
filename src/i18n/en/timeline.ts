// The timeline bar's strings. Keys are flat: 'timeline.…'.
export default {
  'timeline.region': 'Timeline',
  'timeline.time': 'Simulated time',
  'timeline.pause': 'Pause',
  'timeline.play': 'Play',
  'timeline.step': 'Step',
  'timeline.stepHint': 'Jump to the next thing the cluster will do',
  'timeline.speed': 'Speed',
  'timeline.paused': 'paused',
  'timeline.running': 'running',
};
