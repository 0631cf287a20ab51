import { useEffect, useState } from 'react';
import { localName, localNameLanguage, operations, type Centre, type CentreService } from '@dintur/shared';
import type { Translator } from '../i18n/translate.js';
import { CalendarIcon, PhoneIcon } from '../icons/icons.js';
import { formatOpening } from '../format/time.js';
import { shortUrl } from '../printing/receipt.js';
import { createApiClient, QrCode } from '@dintur/web';
import './services.css';

type ServiceClosedProps = {
  t: Translator;
  lang: string;
  centre: Centre;
  service: CentreService;
  /** Now by the server's clock. */
  now: number;
  /** Where the server is (`new URL('book', apiBase)` is the citizens' booking page). */
  apiBase: string;
  onChooseOther(): void;
  onDone(): void;
};

/**
 * A closed service, touched: what the citizen can do instead of a number. Book a time (a QR code
 * to the booking page with the service chosen) when the service takes appointments; ask at the
 * reception while the centre is open; otherwise come back when it opens.
 */
export function ServiceClosedScreen({ t, lang, centre, service, now, apiBase, onChooseOther, onDone }: ServiceClosedProps) {
  const bookable = useBookable(apiBase, service.id);
  const opensAt = service.opensAt ? Date.parse(service.opensAt) : null;
  const when = opensAt === null ? null : formatOpening(t, opensAt, now, centre.timeZone);
  const status = service.closedByStaff ? t.text('closedToday') : when ? `${t.text('closedNow')} · ${t.text('opensWhen', { when })}` : t.text('closedNow');
  // Someone is at the reception while any service takes tickets.
  const receptionOpen = centre.services.some((candidate) => candidate.open);
  const bookingUrl = new URL(`book?service=${encodeURIComponent(service.id)}`, apiBase).href;
  return (
    <div className="screen-body service-closed" data-bookable={bookable === null ? 'unknown' : String(bookable)}>
      <div className="screen-intro">
        <p className="screen-hint service-label" lang={localNameLanguage(service.name, lang)}>
          {localName(service.name, lang)}
        </p>
        <h1 className="screen-title" tabIndex={-1} data-screen-title data-testid="closed-status">
          {status}
        </h1>
        <div className="closed-options">
          {bookable && (
            <section className="closed-option closed-book" aria-labelledby="closed-book-title" data-testid="closed-book">
              <div className="closed-option-text">
                <h2 className="closed-option-title" id="closed-book-title">
                  <CalendarIcon className="option-icon" />
                  <span>{t.text('closedBookTitle')}</span>
                </h2>
                <p className="closed-option-body">{t.text('closedBookBody')}</p>
                <p className="closed-option-url" dir="ltr">
                  {shortUrl(bookingUrl)}
                </p>
              </div>
              <figure className="qr-figure">
                <QrCode value={bookingUrl} label={t.text('closedBookQrLabel')} />
                <figcaption className="qr-caption">
                  <PhoneIcon className="caption-icon" />
                  <span>{t.text('closedBookScan')}</span>
                </figcaption>
              </figure>
            </section>
          )}
          {receptionOpen ? (
            <section className="closed-option" aria-labelledby="closed-ask-title" data-testid="closed-ask">
              <h2 className="closed-option-title" id="closed-ask-title">
                {t.text('closedAskTitle')}
              </h2>
              <p className="closed-option-body">{t.text('closedAskBody')}</p>
            </section>
          ) : (
            when && (
              <p className="closed-option closed-option-body" data-testid="closed-come-back">
                {t.text('closedComeBack', { when })}
              </p>
            )
          )}
        </div>
      </div>
      <div className="screen-actions two-actions">
        <button type="button" className="big-button primary" onClick={onChooseOther} data-testid="choose-other">
          {t.text('chooseOther')}
        </button>
        <button type="button" className="big-button secondary" onClick={onDone} data-testid="done">
          {t.text('done')}
        </button>
      </div>
    </div>
  );
}

/**
 * Whether the service takes appointments (`GET /api/appointment-services`): null until the server
 * has said, false when it cannot be asked (the screen then offers the reception alone).
 */
function useBookable(apiBase: string, serviceId: string): boolean | null {
  const [bookable, setBookable] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    const ask = async () => {
      try {
        const { services } = await createApiClient(operations, { baseUrl: apiBase }).call('bookingOptions');
        return services.some((entry) => entry.id === serviceId);
      } catch {
        return false;
      }
    };
    void ask().then((answer) => current && setBookable(answer));
    return () => {
      current = false;
    };
  }, [apiBase, serviceId]);
  return bookable;
}
