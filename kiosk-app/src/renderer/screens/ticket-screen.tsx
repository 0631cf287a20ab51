import { localName, localNameLanguage, sayWait, type Centre, type Ticket } from '@dintur/shared';
import type { Translator } from '../i18n/translate.js';
import { CalendarIcon, PhoneIcon, PrinterIcon, WarningIcon } from '../icons/icons.js';
import { formatPeopleAhead } from '../format/people-ahead.js';
import { formatTime } from '../format/time.js';
import type { PrintOutcome } from '../printing/ticket-printer.js';
import { QrCode } from '@dintur/web';

type TicketProps = {
  t: Translator;
  lang: string;
  centre: Centre;
  ticket: Ticket;
  trackingUrl: string;
  print: 'printing' | PrintOutcome;
  /** A checked-in appointment's booked time (ISO): the screen says the check-in worked, and when. */
  appointmentAt?: string | null;
  onDone(): void;
};

/**
 * The number, large; the service, how many are before the citizen and the wait; the QR code to
 * follow the ticket on a phone; and what became of the receipt. When the printer failed, the
 * number and the code are the ticket: the screen says so, and stays longer.
 */
export function TicketScreen({ t, lang, centre, ticket, trackingUrl, print, appointmentAt = null, onDone }: TicketProps) {
  const service = centre.services.find((candidate) => candidate.id === ticket.serviceId);
  const ahead = formatPeopleAhead(t, ticket.position);
  // Only a ticket still waiting has a wait; the server's null then means no counter for it is open.
  const wait = ticket.status === 'waiting' ? sayWait(ticket.estimatedWaitMinutes, { lang, serviceName: service ? localName(service.name, lang) : '' }) : null;
  return (
    <div className="screen-body ticket" data-print={print} data-checked-in={appointmentAt !== null}>
      <div className="screen-intro ticket-details">
        <div className="ticket-card">
          {appointmentAt !== null && <CheckedIn t={t} appointmentAt={appointmentAt} timeZone={centre.timeZone} />}
          {/* After a check-in the heading is "You are checked in"; the number is then its second line. */}
          {appointmentAt === null ? (
            <h1 className="ticket-label" tabIndex={-1} data-screen-title>
              {t.text('yourNumber')}
            </h1>
          ) : (
            <p className="ticket-label">{t.text('yourNumber')}</p>
          )}
          <p className="ticket-number" data-testid="ticket-number" dir="ltr">
            {ticket.number}
          </p>
          {service && (
            <p className="ticket-service" lang={localNameLanguage(service.name, lang)} data-testid="ticket-service">
              {localName(service.name, lang)}
            </p>
          )}
          {ahead && (
            <p className="ticket-fact" data-testid="people-ahead">
              {ahead}
            </p>
          )}
          {wait && (
            <p className="ticket-fact" data-testid="ticket-estimate" data-wait={wait.kind}>
              {wait.sentence}
            </p>
          )}
        </div>
        <div className="ticket-side">
          <PrintStatus t={t} print={print} />
          <figure className="qr-figure tracking">
            <QrCode value={trackingUrl} label={t.text('trackingQrLabel')} />
            <figcaption className="qr-caption">
              <PhoneIcon className="caption-icon" />
              <span>{t.text('followOnPhone')}</span>
            </figcaption>
          </figure>
          <p className="ticket-hint">{t.text('watchScreens')}</p>
        </div>
      </div>
      <div className="screen-actions">
        <button type="button" className="big-button primary" onClick={onDone} data-testid="done">
          {t.text('done')}
        </button>
      </div>
    </div>
  );
}

/** "You are checked in" and the booked time, over the number a checked-in appointment is called by. */
function CheckedIn({ t, appointmentAt, timeZone }: { t: Translator; appointmentAt: string; timeZone: string }) {
  const at = Date.parse(appointmentAt);
  return (
    <div className="checked-in" data-testid="checked-in">
      <h1 className="checked-in-title" tabIndex={-1} data-screen-title>
        <CalendarIcon className="checked-in-icon" />
        <span>{t.text('checkedIn')}</span>
      </h1>
      {Number.isFinite(at) && (
        <p className="checked-in-time" data-testid="checked-in-time">
          {t.text('receiptAppointment', { time: formatTime(at, timeZone) })}
        </p>
      )}
    </div>
  );
}

function PrintStatus({ t, print }: { t: Translator; print: 'printing' | PrintOutcome }) {
  // A live region, so a screen reader hears "take your ticket" or the problem when it comes.
  return (
    <div className={`print-status print-${print}`} role="status" data-testid="print-status">
      {print === 'printing' && (
        <p className="print-line">
          <PrinterIcon className="status-icon" />
          <span>{t.text('printing')}</span>
        </p>
      )}
      {print === 'printed' && (
        <p className="print-line take-ticket">
          <PrinterIcon className="status-icon" />
          <span>{t.text('takeYourTicket')}</span>
        </p>
      )}
      {print === 'printer-problem' && (
        <>
          <p className="print-line problem-title">
            <WarningIcon className="status-icon" />
            <span>{t.text('printerProblemTitle')}</span>
          </p>
          <p className="problem-body">{t.text('printerProblemBody')}</p>
        </>
      )}
      {print === 'screen-only' && <p className="print-line">{t.text('noPrinter')}</p>}
    </div>
  );
}
