import type { ApiError } from '@dintur/web';
import { failureText } from '../strings.js';

/** The Danish sentence for a failed request, for the live region. */
export function errorSentence(error: ApiError): string {
  return failureText(error.code);
}

/**
 * A failed request shown where it happened: the code's Danish sentence from the one map of error
 * messages, or the sentence a `useAction` (@dintur/web) already made of it. The server's own
 * words (English, for developers) are not shown; a form that can say which field was refused
 * says so at the field in its own words.
 */
export function ErrorText({ error, id }: { error: ApiError | string | null; id?: string }) {
  if (!error) return null;
  const failed = typeof error === 'string' ? { sentence: error } : { sentence: errorSentence(error), code: error.code };
  return (
    <div className="error-text" id={id} data-testid="error-text" data-code={failed.code}>
      <p>
        <strong>{failed.sentence}</strong>
      </p>
    </div>
  );
}
