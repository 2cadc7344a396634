// Progress-monitoring charts of one goal: a geometry model for the web app and a standalone SVG for documents.
export {
  CHART_MARGINS,
  goalChartModel,
  niceDomain,
  niceStep,
  scaleValue,
  type ChartModel,
  type ChartOptions,
  type ChartPoint,
  type ChartSegment,
  type Scale,
  type Tick,
} from './chart-model.js';
export { CHART_COLORS, TREND_DASH, escapeXml, renderChartModelSvg, renderGoalChartSvg } from './chart-svg.js';
