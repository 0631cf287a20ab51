import type { IssueRefusal } from '../api/kiosk-api.js';
import type { Translator } from '../i18n/translate.js';
import { WarningIcon } from '../icons/icons.js';

/** While the number is being taken (usually a fraction of a second). */
export function IssuingScreen({ t }: { t: Translator }) {
  return (
    <div className="screen-body issuing">
      <div className="screen-intro" role="status">
        <div className="spinner" aria-hidden="true" />
        <h1 className="screen-title" tabIndex={-1} data-screen-title>
          {t.text('takingNumber')}
        </h1>
      </div>
    </div>
  );
}

const refusalText = { closed: 'serviceNowClosed', full: 'queueFull', failed: 'issueFailed' } as const;

/**
 * Taking the number failed: it closed meanwhile, its queue is full, or the server could not be
 * asked. `detail`: why, when the shared error sentence says more (kiosk-api.ts `refusalDetail`).
 */
export function IssueFailedScreen({ t, reason, detail = null, onTryAgain }: { t: Translator; reason: IssueRefusal; detail?: string | null; onTryAgain: (() => void) | null }) {
  return (
    <div className="screen-body issue-failed">
      <div className="screen-intro" role="alert">
        <WarningIcon className="intro-icon" />
        <h1 className="screen-title" tabIndex={-1} data-screen-title data-refusal={reason}>
          {t.text(refusalText[reason])}
        </h1>
        {detail && (
          <p className="screen-hint" data-testid="refusal-detail">
            {detail}
          </p>
        )}
      </div>
      {onTryAgain && (
        <div className="screen-actions">
          <button type="button" className="big-button primary" onClick={onTryAgain} data-testid="try-again">
            {t.text('tryAgain')}
          </button>
        </div>
      )}
    </div>
  );
}
