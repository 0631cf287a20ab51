import { useRef, useState } from 'react';
import type { CityAppointment, CityBookingOptions } from '@dintur/shared';
import { asApiError, type ApiError } from '@dintur/web';
import { useCity } from '../session/session.js';
import { ErrorText } from '../ui/error-text.js';
import { formatWhen } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';
import { Dialog } from './dialog.js';

type CancelDialogProps = { appointment: CityAppointment; options: CityBookingOptions; onCancelled(cancelled: CityAppointment, message: string): void; onClose(): void };

/** Asks before cancelling: the place goes to someone else at once. Focus starts on "keep". */
export function CancelDialog({ appointment, options, onCancelled, onClose }: CancelDialogProps) {
  const city = useCity();
  const keep = useRef<HTMLButtonElement>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const confirm = async () => {
    if (sending) return;
    setSending(true);
    setFailure(null);
    try {
      const cancelled = await city.call('cityCancelAppointment', { params: { code: appointment.code } });
      onCancelled(cancelled, text.cancelled);
    } catch (error) {
      setSending(false);
      setFailure(asApiError(error));
    }
  };
  return (
    <Dialog
      title={text.cancelTitle}
      description={text.cancelQuestion(appointment.name ?? text.deleted, formatWhen(appointment.start, options.timeZone), appointment.centreName)}
      onClose={onClose}
      initialFocus={keep}
    >
      <ErrorText error={failure} />
      <div className="dialog-actions">
        <button type="button" className="button danger" onClick={() => void confirm()} disabled={sending}>
          {sending ? text.cancelling : text.confirmCancel}
        </button>
        <button type="button" className="button" ref={keep} onClick={onClose}>
          {text.keep}
        </button>
      </div>
    </Dialog>
  );
}
