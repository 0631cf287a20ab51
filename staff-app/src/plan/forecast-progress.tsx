import type { ForecastRun } from './use-forecast.js';
import { progressPercent } from './forecast-model.js';
import { planStrings } from './plan-strings.js';

const text = planStrings.forecast;

/**
 * The running forecast's progress: a progress bar with its value for screen readers (the page
 * announces start and end politely; the bar is not announced at every step, which would drown
 * everything else), and the same in words for the eye.
 */
export function ForecastProgressBar({ run }: { run: Extract<ForecastRun, { status: 'running' }> }) {
  const percent = progressPercent(run.progress);
  const words = text.progressText(run.progress?.done ?? 0, run.progress?.total ?? 0);
  const step = run.steps > 1 ? `${run.step === 'usual' ? planStrings.forecast.usual : planStrings.forecast.yours}: ` : '';
  return (
    <div className="plan-progress" data-testid="forecast-progress">
      <div
        role="progressbar"
        aria-label={text.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${step}${words}`}
        className="plan-progress-track"
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="subtle">
        {step}
        {words}
      </p>
    </div>
  );
}
