import type { ApiError } from '@dintur/web';
import { failureText } from '../strings.js';

/**
 * A failed request shown where it happened: the code's Danish sentence from the one map of error
 * messages. The hub's own words (English, for developers) are not shown; a form that can say
 * which field was refused says so at the field in Danish.
 */
export function ErrorText({ error, id }: { error: ApiError | null; id?: string }) {
  if (!error) return null;
  return (
    <div className="error-text" id={id} data-testid="error-text" data-code={error.code}>
      <p>
        <strong>{failureText(error.code)}</strong>
      </p>
    </div>
  );
}
