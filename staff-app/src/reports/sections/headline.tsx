import { describeArrivals, describeCounters, describeKioskChoices, describeOutcomes, describeServiceWaits, describeTransfers, describeWaitsByHour } from '../describe.js';
import { formatCount, formatMinutesWithUnit, formatShare } from '../format.js';
import { reportStrings } from '../report-strings.js';
import { ReportSection, type SectionProps } from './report-section.js';

/** The handful of figures a council member reads first, and the period in a few sentences. */
export function Headline({ report }: SectionProps) {
  const text = reportStrings.headline;
  const { total, firstContact, channels } = report;
  const figures: { label: string; value: string; note?: string; testId: string }[] = [
    { label: text.issued, value: formatCount(total.issued), testId: 'issued' },
    { label: text.served, value: formatCount(total.served), note: `${text.noShows}: ${formatCount(total.noShows)}`, testId: 'served' },
    {
      label: text.medianWait,
      value: formatMinutesWithUnit(total.waits.median),
      note: `${text.p90Wait} ${formatMinutesWithUnit(total.waits.p90)}`,
      testId: 'median-wait',
    },
    { label: text.withinTarget(report.waitTargetMinutes), value: formatShare(total.waits.withinTargetShare), testId: 'within-target' },
    {
      label: text.firstContactUncomplicated,
      value: formatShare(firstContact.uncomplicated.share),
      note: text.goal(formatShare(firstContact.goal), formatShare(firstContact.share)),
      testId: 'first-contact',
    },
    { label: text.selfService, value: formatShare(channels.kioskChoices.selfServiceShare), testId: 'self-service' },
  ];
  // The charts' descriptions, together: the period in a few sentences.
  const keyPoints = [describeArrivals, describeWaitsByHour, describeServiceWaits, describeOutcomes, describeKioskChoices, describeTransfers, describeCounters]
    .map((describe) => describe(report))
    .filter((sentence) => sentence !== reportStrings.noData);
  return (
    <ReportSection id="headline" title={text.title}>
      <dl className="report-headline">
        {figures.map((figure) => (
          <div key={figure.testId} className="report-headline-figure" data-testid={`headline-${figure.testId}`}>
            <dt>{figure.label}</dt>
            <dd>
              <span className="report-headline-value">{figure.value}</span>
              {figure.note && <span className="report-headline-note">{figure.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {keyPoints.length > 0 && (
        <>
          <h3 className="report-subheading">{text.keyPoints}</h3>
          <ul className="report-key-points">
            {keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      )}
    </ReportSection>
  );
}
