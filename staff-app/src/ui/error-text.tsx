import type { ApiError } from '@dintur/web';
import { failureText } from '../strings.js';

/** The Danish sentence for a failed request, for the live region. */
export function errorSentence(error: ApiError): string {
  return failureText(error.code);
}

/**
 * A failed request shown where it happened: the code's Danish sentence from the one map of error
 * messages. The server's own words (English, for developers) are not shown; a form that can say
 * which field was refused says so at the field in its own words.
 */
export function ErrorText({ error, id }: { error: ApiError | null; id?: string }) {
  if (!error) return null;
  return (
    <div className="error-text" id={id} data-testid="error-text" data-code={error.code}>
      <p>
        <strong>{errorSentence(error)}</strong>
      </p>
    </div>
  );
}
