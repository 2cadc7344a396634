import { useId, type ReactNode } from 'react';
import type { GoalAnalysis } from '@iep/core';
import { goalChart } from '../../lib/data-chart';

// One goal's progress chart, drawn by React as inline SVG. The SVG is one image for assistive technology
// (role="img", named by its title, described by the visible one-sentence summary); the same numbers are in the
// data table right below it. Lines differ by dash pattern and marker shape as well as color (WCAG 1.4.1).

const r = (n: number) => Math.round(n * 10) / 10;

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

export function GoalChart({ goal }: { goal: GoalAnalysis }) {
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const c = goalChart(goal);
  const { plot } = c;
  return (
    <figure className="goal-chart">
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
            <g key={`y${t.label}`}>
              <line className="chart-grid" x1={plot.left} x2={plot.right} y1={r(t.y)} y2={r(t.y)} />
              <text className="chart-tick" x={plot.left - 8} y={r(t.y) + 5} textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
          {c.xTicks.map((t) => (
            <text key={`x${t.x}`} className="chart-tick" x={r(t.x)} y={plot.bottom + 24} textAnchor="middle">
              {t.label}
            </text>
          ))}
          <line className="chart-axis" x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
          <line className="chart-axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        </g>
        {c.phaseLines.map((p) => (
          <g key={`phase${p.x}`}>
            <line className="chart-phase" x1={r(p.x)} x2={r(p.x)} y1={plot.top} y2={plot.bottom} />
            <text className="chart-label" x={r(p.x) + 4} y={plot.top + 14}>
              {p.label}
            </text>
          </g>
        ))}
        {c.aimline ? (
          <line
            className="chart-aimline"
            x1={r(c.aimline.from.x)}
            y1={r(c.aimline.from.y)}
            x2={r(c.aimline.to.x)}
            y2={r(c.aimline.to.y)}
          />
        ) : null}
        {c.trends.map((t) => (
          <line
            key={`${t.label}${t.from.x}`}
            className="chart-trend"
            x1={r(t.from.x)}
            y1={r(t.from.y)}
            x2={r(t.to.x)}
            y2={r(t.to.y)}
          />
        ))}
        {c.baseline ? (
          <rect
            className="chart-baseline"
            x={r(c.baseline.x) - 6}
            y={r(c.baseline.y) - 6}
            width="12"
            height="12"
          />
        ) : null}
        {c.goal ? (
          <path
            className="chart-goal"
            d={`M${r(c.goal.x)} ${r(c.goal.y) - 9} l9 9 l-9 9 l-9 -9 Z`}
          />
        ) : null}
        {c.probes.map((p, i) => (
          <circle key={`${p.date}-${i}`} className="chart-probe" cx={r(p.x)} cy={r(p.y)} r="5" />
        ))}
      </svg>
      <Legend hasAim={c.aimline !== null} hasTrend={c.trends.length > 0} hasPhases={c.phaseLines.length > 0} />
      <figcaption id={summaryId} className="chart-summary">
        {c.summary}
      </figcaption>
      {c.table.rows.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>The scores in the chart</caption>
            <thead>
              <tr>
                {c.table.columns.map((col) => (
                  <th key={col} scope="col">
                    {col}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.table.rows.map((row, i) => (
                <tr key={`${row[0] ?? ''}-${i}`}>
                  <th scope="row">{row[0]}</th>
                  {row.slice(1).map((cell, i) => (
                    <td key={c.table.columns[i + 1]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {c.baseline && c.goal ? (
        <p className="small-print">
          {c.baseline.label}. {c.goal.label}.
        </p>
      ) : null}
    </figure>
  );
}
