import { AppointmentsSection } from './appointments-section.js';
import { ChannelsSection } from './channels-section.js';
import { CountersSection } from './counters-section.js';
import { DaysSection } from './days-section.js';
import { Definitions } from './definitions.js';
import { EstimatesSection } from './estimates-section.js';
import { Headline } from './headline.js';
import { HourlySection } from './hourly-section.js';
import { OutcomesSection } from './outcomes-section.js';
import type { SectionProps } from './report-section.js';
import { ServiceWaitsSection } from './service-waits-section.js';
import { SmsSection } from './sms-section.js';
import { TransfersSection } from './transfers-section.js';
import { UnitsSection } from './units-section.js';

/** Every section of a report, in reading order; the same on screen and on paper. */
export function ReportSections(props: SectionProps) {
  const severalDays = props.report.from !== props.report.to;
  return (
    <>
      <Headline {...props} />
      <HourlySection {...props} />
      <ServiceWaitsSection {...props} />
      <OutcomesSection {...props} />
      <ChannelsSection {...props} />
      <TransfersSection {...props} />
      {severalDays && <DaysSection {...props} />}
      <UnitsSection {...props} />
      <CountersSection {...props} />
      <AppointmentsSection {...props} />
      <SmsSection {...props} />
      <EstimatesSection {...props} />
      <Definitions />
    </>
  );
}
