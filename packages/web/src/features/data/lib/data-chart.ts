import { plainDate } from '@iep/core';
import type { ChartModel } from '@iep/core';

// The chart geometry comes from core (goalChartModel), shared with the server-side SVG. This file only adapts
// its data table for the page: dates in words, and columns with nothing in them (no phases) left out.

export function webChartTable(table: ChartModel['table']): { columns: string[]; rows: string[][] } {
  const keep = table.columns.map((_, i) => table.rows.some((row) => (row[i] ?? '') !== ''));
  const dateColumn = table.columns.indexOf('Date');
  return {
    columns: table.columns.filter((_, i) => keep[i]),
    rows: table.rows.map((row) =>
      row.map((cell, i) => (i === dateColumn ? plainDate(cell) : cell)).filter((_, i) => keep[i]),
    ),
  };
}

/** "x1,y1 x2,y2 ..." for an SVG polyline. */
export function polylinePoints(points: readonly { x: number; y: number }[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}
