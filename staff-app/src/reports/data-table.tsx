import { useId } from 'react';
import { csvFileName, downloadCsv } from './csv.js';
import { reportStrings } from './report-strings.js';
import { displayCell, kindIn, tableCsv, type TableModel } from './table-model.js';

/** Where the page is shown: on screen (CSV buttons, scrolling tables) or printed. */
export type ReportMode = 'screen' | 'print';

/**
 * A table of figures with its caption; the first column names the row. On screen it scrolls
 * sideways inside a focusable region when wide, and has a button that saves it as CSV. `fileParts`
 * name the file after the table, the period and the unit.
 */
export function DataTable<Row>({ model, fileParts, mode, rowKey }: { model: TableModel<Row>; fileParts: readonly string[]; mode: ReportMode; rowKey: (row: Row) => string }) {
  const captionId = useId();
  const table = (
    <table className="data-table report-table">
      <caption id={captionId}>{model.name}</caption>
      <thead>
        <tr>
          {model.columns.map((column) => (
            <th key={column.header} scope="col" className={column.kind === 'text' ? undefined : 'report-number'}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.length === 0 && (
          <tr>
            <td colSpan={model.columns.length}>{reportStrings.noData}</td>
          </tr>
        )}
        {model.rows.map((row) => (
          <tr key={rowKey(row)}>
            {model.columns.map((column, index) => {
              const kind = kindIn(column, row);
              const text = displayCell(kind, column.value(row));
              const className = kind === 'text' ? undefined : 'report-number';
              return index === 0 ? (
                <th key={column.header} scope="row" className={className}>
                  {text}
                </th>
              ) : (
                <td key={column.header} className={className}>
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (mode === 'print') return <div className="report-table-block">{table}</div>;
  return (
    <div className="report-table-block">
      <div className="report-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        {table}
      </div>
      <button
        type="button"
        className="button small report-csv-button"
        // The visible words come first in the name (WCAG 2.5.3), then which table.
        aria-label={reportStrings.csv(model.name)}
        disabled={model.rows.length === 0}
        onClick={() => downloadCsv(csvFileName([model.name, ...fileParts]), tableCsv(model))}
      >
        {reportStrings.csvShort}
      </button>
    </div>
  );
}
