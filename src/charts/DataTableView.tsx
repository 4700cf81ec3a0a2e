import { memo } from 'react';
import type { ChartData } from './data';
import { useMessages } from '../i18n';
import { formatPlain } from './format';
import { chartMessages } from './messages';

/** Props of a chart's data table. */
export interface DataTableViewProps {
  /** The chart's title, repeated as the table's caption. */
  readonly title: string;
  readonly data: ChartData;
}

/**
 * A chart's data as a table: caption = the chart's title, first column the step (a row header),
 * every number in plain notation (`formatPlain`) so that it copies cleanly. Scrolls in both
 * directions inside a focusable region, so it is reachable by keyboard. Memoised: a large table
 * is not rebuilt when only the chart's cursor moves.
 */
export const DataTableView = memo(function DataTableView({ title, data }: DataTableViewProps) {
  const m = useMessages(chartMessages);
  const rows = Array.from({ length: data.index.length }, (_, i) => i);
  return (
    <div className="chart-table-scroll" role="region" aria-label={m.data(title)} tabIndex={0}>
      <table className="chart-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{data.indexLabel}</th>
            {data.columns.map((c, k) => (
              <th key={k} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i}>
              <th scope="row">{formatPlain(data.index[i])}</th>
              {data.columns.map((c, k) => (
                <td key={k}>{formatPlain(c.values[i])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
