import { useRef } from 'react';
import type { Appointment, BookingOptions } from '@dintur/shared';
import { useAction } from '@dintur/web';
import { useSession } from '../session/session.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { formatWhen } from './booking-format.js';
import { bookingStrings as text } from './booking-strings.js';

/** Asks before cancelling: the place goes to someone else at once. Focus starts on "keep". */
export function CancelDialog({ appointment, options, onCancelled, onClose }: { appointment: Appointment; options: BookingOptions; onCancelled(message: string): void; onClose(): void }) {
  const { api } = useSession();
  const keep = useRef<HTMLButtonElement>(null);
  const cancel = useAction(() => api.call('cancelAppointment', { params: { code: appointment.code } }));
  const confirm = async () => {
    if (cancel.busy) return;
    if (await cancel.run()) onCancelled(text.cancelled);
  };
  return (
    <Dialog title={text.cancelTitle} description={text.cancelQuestion(appointment.name ?? text.deleted, formatWhen(appointment.start, options.timeZone))} onClose={onClose} initialFocus={keep}>
      <ErrorText error={cancel.error} />
      <div className="dialog-actions">
        <button type="button" className="button danger" onClick={confirm} disabled={cancel.busy}>
          {cancel.busy ? text.cancelling : text.confirmCancel}
        </button>
        <button type="button" className="button" ref={keep} onClick={onClose}>
          {text.keep}
        </button>
      </div>
    </Dialog>
  );
}
