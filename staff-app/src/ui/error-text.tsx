import type { ApiError } from '../api/api-error.js';
import { failureText, strings } from '../strings.js';

/** The Danish sentence for a failed request, for the live region. */
export function errorSentence(error: ApiError): string {
  return failureText(error.code);
}

/**
 * A failed request shown where it happened: the Danish sentence, the server's exact words as a
 * detail (they name the ticket or field), and any field problems.
 */
export function ErrorText({ error, id }: { error: ApiError | null; id?: string }) {
  if (!error) return null;
  return (
    <div className="error-text" id={id} data-testid="error-text">
      <p>
        <strong>{errorSentence(error)}</strong>
      </p>
      {error.serverMessage && (
        <p className="error-detail">
          {strings.serverSaid} <span lang="en">{error.serverMessage}</span>
        </p>
      )}
      {error.issues.length > 0 && (
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
