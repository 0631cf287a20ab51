import { useId, useState, type FormEvent } from 'react';
import { isBookingCode, normalizeBookingCode } from '@dintur/shared';
import { useLanguage } from '../i18n/language.js';
import { navigate } from '@dintur/web';
import { appointmentHref } from '../routing/routes.js';

/** "Already have an appointment?": the code from the confirmation opens it. */
export function FindBooking() {
  const { t } = useLanguage();
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeBookingCode(code);
    if (!isBookingCode(normalized)) {
      setError(t.badBookingCode);
      return;
    }
    navigate(appointmentHref(normalized));
  };
  return (
    <section className="find-booking" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.haveBooking}</h2>
      <p>{t.haveBookingLead}</p>
      <form onSubmit={submit} noValidate>
        <div className={`field${error ? ' field-error' : ''}`}>
          <label htmlFor={`${id}-code`}>{t.bookingCode}</label>
          <p className="hint" id={`${id}-hint`}>
            {t.bookingCodeHint}
          </p>
          {error && (
            <p className="error-text" id={`${id}-error`}>
              {error}
            </p>
          )}
          <input
            id={`${id}-code`}
            name="code"
            className="input input-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={12}
            aria-invalid={error !== null}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t.findBooking}
        </button>
      </form>
    </section>
  );
}
