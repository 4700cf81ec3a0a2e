/**
 * GateScope's chart kit: props-only charts (D3 computes, React renders, canvas for dense
 * matrices) in a frame that gives each an accessible name, a data table and exports.
 */
export { ChartFrame, type ChartFrameProps } from './ChartFrame';
export { LineChart, type LineChartProps } from './LineChart';
export { BarChart, type BarChartProps } from './BarChart';
export { Heatmap, heatmapHeight, type HeatmapProps } from './Heatmap';
export type { HeatScale } from './heatScale';
export type { Band } from './plotMarks';
export type { Series } from './series';
export { matrixColumns, stepIndex, toCsv, type ChartData, type DataColumn } from './data';
export { formatPlain, formatDecade, fileSlug } from './format';
export { safeLinearDomain, safeLogDomain, symmetricMax, isLogPlottable } from './domain';
export { breakMarkers, seriesBreaks, type StepMarker } from './breaks';
export { paintHeatmap, colourRamp } from './paintHeatmap';
export { SERIES_STYLES, BAND_FILLS, seriesStyle } from './palette';
export { useElementWidth } from './useElementWidth';
