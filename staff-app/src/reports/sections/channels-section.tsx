import { ticketChannels, type StatsReport, type TicketChannel } from '@dintur/shared';
import { palette } from '../charts/palette.js';
import { StackedBars } from '../charts/stacked-bars.js';
import { DataTable } from '../data-table.js';
import { describeKioskChoices } from '../describe.js';
import { formatCount, formatShare } from '../format.js';
import { reportStrings } from '../report-strings.js';
import type { TableModel } from '../table-model.js';
import { ReportSection, type SectionProps } from './report-section.js';

type ChoiceRow = { label: string } & StatsReport['channels']['kioskChoices'];
type ChannelRow = { channel: TicketChannel; count: number };

/** The channel strategy: how many chose self-service online at the kiosk, and how numbers were taken. */
export function ChannelsSection({ report, mode, fileParts }: SectionProps) {
  const { channels } = report;
  const choiceRows: ChoiceRow[] = [
    ...channels.kioskChoicesByService.map((row) => ({ ...row, label: row.name.da })),
    ...(channels.kioskChoicesByService.length > 0 ? [{ ...channels.kioskChoices, label: reportStrings.total }] : []),
  ];
  const choices: TableModel<ChoiceRow> = {
    name: reportStrings.tables.kioskChoices,
    columns: [
      { header: reportStrings.columns.service, kind: 'text', value: (row) => row.label },
      { header: reportStrings.columns.selfService, kind: 'count', value: (row) => row.selfService },
      { header: reportStrings.columns.ticket, kind: 'count', value: (row) => row.ticket },
      { header: reportStrings.columns.selfServiceShare, kind: 'share', value: (row) => row.selfServiceShare },
    ],
    rows: choiceRows,
  };
  const issued = ticketChannels.reduce((sum, channel) => sum + channels.ticketsByChannel[channel], 0);
  const channelTable: TableModel<ChannelRow> = {
    name: reportStrings.tables.channels,
    columns: [
      { header: reportStrings.columns.channel, kind: 'text', value: (row) => reportStrings.channels[row.channel] },
      { header: reportStrings.columns.issued, kind: 'count', value: (row) => row.count },
      { header: 'Andel (%)', kind: 'share', value: (row) => (issued === 0 ? null : row.count / issued) },
    ],
    rows: issued === 0 ? [] : ticketChannels.map((channel) => ({ channel, count: channels.ticketsByChannel[channel] })).filter((row) => row.count > 0),
  };
  return (
    <ReportSection id="channels" title={reportStrings.sections.channels}>
      <StackedBars
        id="kiosk-choices"
        title={reportStrings.charts.kioskChoices}
        description={describeKioskChoices(report)}
        normalise
        segments={[
          { key: 'selfService', label: reportStrings.columns.selfService, colour: palette.green },
          { key: 'ticket', label: reportStrings.columns.ticket, colour: palette.blue },
        ]}
        rows={choiceRows.map((row) => ({
          label: row.label,
          values: { selfService: row.selfService, ticket: row.ticket },
          note: `${formatCount(row.selfService)} af ${formatCount(row.selfService + row.ticket)} (${formatShare(row.selfServiceShare)})`,
        }))}
      />
      <DataTable model={choices} fileParts={fileParts} mode={mode} rowKey={(row) => row.label} />
      <DataTable model={channelTable} fileParts={fileParts} mode={mode} rowKey={(row) => row.channel} />
    </ReportSection>
  );
}
