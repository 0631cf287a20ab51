import type { ApiError } from '../../api/api-error.js';
import { failureText, strings } from '../strings.js';

/**
 * A failed request shown where it happened: the Danish sentence, the hub's exact words as a
 * detail, and any problems not already shown next to a field.
 */
export function ErrorText({ error, id, showIssues = true }: { error: ApiError | null; id?: string; showIssues?: boolean }) {
  if (!error) return null;
  return (
    <div className="error-text" id={id} data-testid="error-text">
      <p>
        <strong>{failureText(error.code)}</strong>
      </p>
      {error.serverMessage && (
        <p className="error-detail">
          {strings.serverSaid} <span lang="en">{error.serverMessage}</span>
        </p>
      )}
      {showIssues && error.issues.length > 0 && (
        <ul className="error-issues">
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code>: <span lang="en">{issue.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
