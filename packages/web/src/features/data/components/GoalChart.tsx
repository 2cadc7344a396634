import { useId, useRef, useState, type ReactNode } from 'react';
import { Maximize2, X } from 'lucide-react';
import { goalChartModel, type ChartOptions, type GoalAnalysis } from '@iep/core';
import { polylinePoints, webChartTable } from '../lib/data-chart';
import { TableScroll } from './TableScroll';
import { useBoxWidth } from '../lib/use-box-width';

// One goal's progress chart, drawn by React as inline SVG from core's chart model (the same geometry as the
// server-side SVG). The SVG is one image for assistive technology (role="img", named by its title, described by
// the visible one-sentence summary); the same numbers are in the data table right below it. Lines differ by
// dash pattern and marks by shape as well as color (WCAG 1.4.1). Styling is in styles.css (no style attributes).
// The drawing is made at the width of its box (one SVG unit = one CSS pixel), so its 14 px labels stay 14 px on a
// 390 px phone; below MIN_WIDTH it scales down, which keeps labels at 12 px or more down to 320 px screens. A
// "Larger view" button opens the same chart in a dialog as wide as the screen allows.

/** The narrowest and widest drawing, in SVG units (= CSS pixels when the box is at least this wide). */
const MIN_WIDTH = 300;
const MAX_WIDTH = 1100;

/** The drawing's size for a box width: the height keeps the chart readable on a phone and not too tall on a laptop. */
export function chartSize(boxWidth: number): { width: number; height: number } {
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(boxWidth)));
  return { width, height: Math.round(Math.min(520, Math.max(320, width * 0.66))) };
}

function Legend({ hasAim, hasTrend, hasPhases }: { hasAim: boolean; hasTrend: boolean; hasPhases: boolean }) {
  const swatch = (children: ReactNode) => (
    <svg className="legend-swatch" viewBox="0 0 32 16" width="32" height="16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  return (
    <ul className="chart-legend">
      <li>
        {swatch(<circle className="chart-probe" cx="16" cy="8" r="4" />)}
        Scores (dots)
      </li>
      {hasAim ? (
        <>
          <li>
            {swatch(<line className="chart-aimline" x1="0" y1="8" x2="32" y2="8" />)}
            Goal line (dashed)
          </li>
          <li>
            {swatch(<rect className="chart-baseline" x="11" y="3" width="10" height="10" />)}
            Starting score (square)
          </li>
          <li>
            {swatch(<path className="chart-goal" d="M16 1 L23 8 L16 15 L9 8 Z" />)}
            Goal (diamond)
          </li>
        </>
      ) : null}
      {hasTrend ? (
        <li>
          {swatch(<line className="chart-trend" x1="0" y1="8" x2="32" y2="8" />)}
          Trend (solid line)
        </li>
      ) : null}
      {hasPhases ? (
        <li>
          {swatch(<line className="chart-phase" x1="16" y1="0" x2="16" y2="16" />)}
          Change in teaching (dotted line)
        </li>
      ) : null}
    </ul>
  );
}

function ChartDrawing({
  goal,
  phases,
  boxWidth,
  titleId,
  summaryId,
}: {
  goal: GoalAnalysis;
  phases?: ChartOptions['phases'];
  boxWidth: number;
  titleId: string;
  summaryId: string;
}) {
  const c = goalChartModel(goal, { ...chartSize(boxWidth), ...(phases ? { phases } : {}) });
  const { plot } = c;
  const midY = (plot.top + plot.bottom) / 2;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${c.width} ${c.height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{c.title}</title>
      <g className="chart-axes">
        {c.yTicks.map((t) => (
          <g key={`y${t.value}`}>
            <line className="chart-grid" x1={plot.left} x2={plot.right} y1={t.px} y2={t.px} />
            <text className="chart-tick" x={plot.left - 8} y={t.px + 5} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {c.xTicks.map((t) => (
          <text key={`x${t.value}`} className="chart-tick" x={t.px} y={plot.bottom + 22} textAnchor="middle">
            {t.label}
          </text>
        ))}
        <line className="chart-axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        <line className="chart-axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        <text className="chart-label" x={(plot.left + plot.right) / 2} y={plot.bottom + 50} textAnchor="middle">
          {c.xLabel}
        </text>
        <text
          className="chart-label"
          x={16}
          y={midY}
          textAnchor="middle"
          transform={`rotate(-90 16 ${midY})`}
        >
          {c.yLabel}
        </text>
      </g>
      {c.phaseLines.map((p) => (
        <g key={`phase${p.date}`}>
          <line className="chart-phase" x1={p.x} x2={p.x} y1={plot.top} y2={plot.bottom} />
          <text className="chart-label" x={p.x + 4} y={plot.top - 8}>
            {p.label}
          </text>
        </g>
      ))}
      {c.aimline ? (
        <line className="chart-aimline" x1={c.aimline.x1} y1={c.aimline.y1} x2={c.aimline.x2} y2={c.aimline.y2} />
      ) : null}
      {c.trends.map((t) => (
        <line key={`trend${t.phaseId ?? ''}${t.x1}`} className="chart-trend" x1={t.x1} y1={t.y1} x2={t.x2} y2={t.y2} />
      ))}
      {c.probeGroups.map((g, gi) => (
        <g key={`probes${g.phaseId ?? ''}${gi}`}>
          {g.points.length > 1 ? <polyline className="chart-path" points={polylinePoints(g.points)} /> : null}
          {g.points.map((p, i) => (
            <circle key={`${p.date}-${i}`} className="chart-probe" cx={p.x} cy={p.y} r="5" />
          ))}
        </g>
      ))}
      {c.baseline ? (
        <rect className="chart-baseline" x={c.baseline.x - 6} y={c.baseline.y - 6} width="12" height="12" />
      ) : null}
      {c.goalMarker ? (
        <path className="chart-goal" d={`M${c.goalMarker.x} ${c.goalMarker.y - 9} l9 9 l-9 9 l-9 -9 Z`} />
      ) : null}
    </svg>
  );
}

function LargerView({ goal, phases, title }: { goal: GoalAnalysis; phases?: ChartOptions['phases']; title: string }) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { ref, width } = useBoxWidth<HTMLDivElement>(900);
  // The large drawing is made only while the dialog is open: a closed dialog would otherwise hold a second copy of
  // the chart (a second image and a second summary in the page).
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        <Maximize2 className="icon" aria-hidden="true" focusable="false" />
        Larger view<span className="visually-hidden">: {title}</span>
      </button>
      <dialog
        ref={dialogRef}
        className="chart-dialog"
        aria-labelledby={`${id}-heading`}
        onClose={() => {
          setOpen(false);
        }}
      >
        <div className="actions">
          <h2 id={`${id}-heading`} className="chart-dialog-heading">
            {title}
          </h2>
          <button type="button" className="button secondary" onClick={() => dialogRef.current?.close()}>
            <X className="icon" aria-hidden="true" focusable="false" />
            Close
          </button>
        </div>
        <div ref={ref}>
          {open ? (
            <ChartDrawing
              goal={goal}
              {...(phases ? { phases } : {})}
              boxWidth={width}
              titleId={`${id}-title`}
              summaryId={`${id}-summary`}
            />
          ) : null}
        </div>
        {open ? (
          <p id={`${id}-summary`}>
            {goalChartModel(goal, { ...chartSize(width), ...(phases ? { phases } : {}) }).summary}
          </p>
        ) : null}
      </dialog>
    </>
  );
}

export function GoalChart({ goal, phases }: { goal: GoalAnalysis; phases?: ChartOptions['phases'] }) {
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const { ref, width } = useBoxWidth<HTMLDivElement>(640);
  const c = goalChartModel(goal, { ...chartSize(width), ...(phases ? { phases } : {}) });
  const table = webChartTable(c.table);
  return (
    <div className="goal-chart" ref={ref}>
      <ChartDrawing
        goal={goal}
        {...(phases ? { phases } : {})}
        boxWidth={width}
        titleId={titleId}
        summaryId={summaryId}
      />
      <Legend hasAim={c.aimline !== null} hasTrend={c.trends.length > 0} hasPhases={c.phaseLines.length > 0} />
      <p id={summaryId} className="chart-summary">
        {c.summary}
      </p>
      <LargerView goal={goal} {...(phases ? { phases } : {})} title={c.title} />
      {table.rows.length > 0 ? (
        <TableScroll labelledBy={`${id}-caption`}>
          <table>
            <caption id={`${id}-caption`}>The scores in the chart</caption>
            <thead>
              <tr>
                {table.columns.map((col) => (
                  <th key={col} scope="col">
                    {col}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={`${row[0] ?? ''}-${i}`}>
                  <th scope="row">{row[0]}</th>
                  {row.slice(1).map((cell, j) => (
                    <td key={table.columns[j + 1]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
