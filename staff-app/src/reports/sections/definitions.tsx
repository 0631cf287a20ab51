import { reportStrings } from '../report-strings.js';
import { ReportSection } from './report-section.js';

/** What each figure means, so a reader of the printed report need not guess. */
export function Definitions() {
  return (
    <ReportSection id="definitions" title={reportStrings.sections.definitions}>
      <dl className="report-definitions">
        {reportStrings.definitions.map(([term, meaning]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </ReportSection>
  );
}
