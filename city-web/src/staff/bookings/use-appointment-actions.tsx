import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CityAppointment, CityBookingOptions } from '@dintur/shared';
import type { AppointmentAction } from './appointment-table.js';
import { CancelDialog } from './cancel-dialog.js';
import { MoveDialog } from './move-dialog.js';

type Done = { id: number; text: string };

/**
 * Moving and cancelling from a list of bookings: the dialog of the chosen action, and afterwards
 * a line saying what was done, which takes focus (the row's buttons may be gone once the list is
 * fetched again, and focus must not fall back to the top of the page).
 */
export function useAppointmentActions(options: CityBookingOptions, onChanged: (changed: CityAppointment) => void): { open(action: AppointmentAction): void; dialogs: ReactNode; doneMessage: ReactNode } {
  const [action, setAction] = useState<AppointmentAction | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const doneLine = useRef<HTMLParagraphElement>(null);
  const sequence = useRef(0);

  useEffect(() => {
    if (done) doneLine.current?.focus();
  }, [done]);

  const finish = (changed: CityAppointment, message: string) => {
    setAction(null);
    setDone({ id: ++sequence.current, text: message });
    onChanged(changed);
  };

  const dialogs = (
    <>
      {action?.kind === 'move' && <MoveDialog appointment={action.appointment} options={options} onMoved={finish} onClose={() => setAction(null)} />}
      {action?.kind === 'cancel' && <CancelDialog appointment={action.appointment} options={options} onCancelled={finish} onClose={() => setAction(null)} />}
    </>
  );
  const doneMessage = done && (
    <p key={done.id} ref={doneLine} tabIndex={-1} className="done-message" data-testid="done-message">
      {done.text}
    </p>
  );
  return {
    open: (next) => {
      setDone(null);
      setAction(next);
    },
    dialogs,
    doneMessage,
  };
}
