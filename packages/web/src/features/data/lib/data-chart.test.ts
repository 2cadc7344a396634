import { describe, expect, it } from 'vitest';
import { polylinePoints, webChartTable } from './data-chart';

describe('webChartTable', () => {
  it('writes dates in words and leaves out columns that are empty on every row', () => {
    const table = webChartTable({
      columns: ['Date', 'Week', 'Score', 'Goal line', 'Phase'],
      rows: [
        ['2026-08-24', '1', '70', '69.1', ''],
        ['2026-08-31', '2', '69', '70.2', ''],
      ],
    });
    expect(table.columns).toEqual(['Date', 'Week', 'Score', 'Goal line']);
    expect(table.rows[1]).toEqual(['August 31, 2026', '2', '69', '70.2']);
  });

  it('keeps a column that has a value on at least one row', () => {
    const table = webChartTable({
      columns: ['Date', 'Phase'],
      rows: [
        ['2026-08-24', ''],
        ['2026-09-24', 'Small group'],
      ],
    });
    expect(table.columns).toEqual(['Date', 'Phase']);
    expect(table.rows[0]).toEqual(['August 24, 2026', '']);
  });
});

describe('polylinePoints', () => {
  it('joins points as x,y pairs', () => {
    expect(
      polylinePoints([
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ]),
    ).toBe('1,2 3.5,4');
  });
});
