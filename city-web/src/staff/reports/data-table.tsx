import { useId, type ReactNode } from 'react';
import { strings } from '../strings.js';
import { csvFileName, downloadCsv } from './csv.js';
import { displayCell, tableCsv, type Column, type TableModel } from './city-tables.js';

/** The header rows: one, or two when columns are grouped ("Numre efter kanal" over Kiosk, Web, …). */
function HeaderRows<Row>({ columns }: { columns: readonly Column<Row>[] }) {
  const grouped = columns.some((column) => column.group);
  const numberClass = (column: Column<Row>) => (column.kind === 'text' ? undefined : 'number');
  if (!grouped) {
    return (
      <tr>
        {columns.map((column, index) => (
          <th key={index} scope="col" className={numberClass(column)}>
            {column.header}
          </th>
        ))}
      </tr>
    );
  }
  const top: ReactNode[] = [];
  for (let index = 0; index < columns.length; ) {
    const column = columns[index]!;
    if (!column.group) {
      top.push(
        <th key={index} scope="col" rowSpan={2} className={numberClass(column)}>
          {column.header}
        </th>,
      );
      index += 1;
      continue;
    }
    let span = 1;
    while (columns[index + span]?.group === column.group) span += 1;
    top.push(
      <th key={index} scope="colgroup" colSpan={span} className="group">
        {column.group}
      </th>,
    );
    index += span;
  }
  return (
    <>
      <tr>{top}</tr>
      <tr>
        {columns.map((column, index) =>
          column.group ? (
            <th key={index} scope="col" className={numberClass(column)}>
              {column.header}
            </th>
          ) : null,
        )}
      </tr>
    </>
  );
}

/**
 * A table of figures with its caption, scrolling sideways inside a focusable region when wide
 * (printed, it is shown whole), with a button that saves it as a CSV file made in the browser.
 */
export function DataTable<Row>({ model, fileParts, testId }: { model: TableModel<Row>; fileParts: readonly string[]; testId: string }) {
  const captionId = useId();
  const colgroups = model.columns.some((column) => column.group);
  return (
    <div className="table-block">
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={`data-table report-table${colgroups ? ' grouped' : ''}`} data-testid={testId}>
          <caption id={captionId}>{model.name}</caption>
          <thead>
            <HeaderRows columns={model.columns} />
          </thead>
          <tbody>
            {model.rows.length === 0 && (
              <tr>
                <td colSpan={model.columns.length}>{strings.reports.noEvaluation}</td>
              </tr>
            )}
            {model.rows.map((row) => (
              <tr key={model.rowKey(row)} className={model.emphasised?.(row) ? 'emphasised' : undefined} data-row={model.rowKey(row)}>
                {model.columns.map((column, index) => {
                  const className = column.kind === 'text' ? undefined : 'number';
                  const text = displayCell(column, row);
                  return column.rowHeader ? (
                    <th key={index} scope="row" className={className}>
                      {text}
                    </th>
                  ) : (
                    <td key={index} className={className}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button small csv-button"
        // The visible words come first in the name (WCAG 2.5.3), then which table.
        aria-label={`${strings.reports.downloadCsv}${strings.reports.downloadHint(model.name)}`}
        disabled={model.rows.length === 0}
        onClick={() => downloadCsv(csvFileName([model.fileName, ...fileParts]), tableCsv(model))}
      >
        {strings.reports.downloadCsv}
      </button>
    </div>
  );
}
