import type { ImportProblem } from '@iep/core';
import { useEffect, useRef } from 'react';
import { TableScroll } from './TableScroll';

/** Beyond this many, the list says how many more there are instead of drawing a huge table. */
const PROBLEMS_SHOWN = 200;

interface Props {
  problems: ImportProblem[];
  rowsTotal: number;
  cleanRows: number;
  /** Bumped by the wizard when the summary should take focus (a new file was checked). */
  focusKey: number;
}

// The file's problems, clean rows first, then every problem with its file, row and column. Takes focus after a
// new check so keyboard and screen reader users land on it (like the form error summary).
export function ImportProblems({ problems, rowsTotal, cleanRows, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  const clean = `${cleanRows.toLocaleString('en-US')} of ${rowsTotal.toLocaleString('en-US')} rows are ready to import.`;
  if (problems.length === 0) {
    return (
      <div ref={ref} tabIndex={-1} className="notice import-clean">
        <h3>No problems found</h3>
        <p>{clean}</p>
      </div>
    );
  }
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="error-summary import-problems"
      role="group"
      aria-labelledby="import-problems-heading"
    >
      <h3 id="import-problems-heading">
        {problems.length === 1 ? 'There is 1 problem in the file' : `There are ${problems.length} problems in the file`}
      </h3>
      <p>{clean}</p>
      <p>Fix the file and choose it again, or import only the rows that are ready.</p>
      <TableScroll labelledBy="import-problems-caption">
        <table>
          <caption id="import-problems-caption">Problems in the file</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={`${p.row}-${p.column}-${i}`}>
                <td className="break">{p.file}</td>
                <td>{p.row}</td>
                <td className="break">{p.column || p.field}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {problems.length > shown.length ? (
        <p>And {(problems.length - shown.length).toLocaleString('en-US')} more problems not shown here.</p>
      ) : null}
    </div>
  );
}
