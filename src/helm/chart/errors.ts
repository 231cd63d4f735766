// Errors from loading or rendering a chart, with Helm's message text.
export class HelmChartError extends Error {}
