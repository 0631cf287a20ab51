import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { transferPlacements, type StaffTicket, type TransferPlacement } from '@dintur/shared';
import type { ApiError } from '@dintur/web';
import { useLive } from '../live/live-context.js';
import { useMe } from '../session/session.js';
import { strings } from '../strings.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { looksLikeCpr } from './note-rules.js';
import { ServiceChoice } from './service-choice.js';

export type TransferRequest = { serviceId: string; placement: TransferPlacement; note?: string; counterId?: string; staffId?: number };

const noteLimit = 500;

/**
 * Sending a visit on: to any service, at its original place, the front or the back, with a note,
 * and if wanted to one counter or one person (only those who may handle the service are offered).
 */
export function TransferDialog({
  ticket,
  busy,
  error,
  onTransfer,
  onClose,
}: {
  ticket: StaffTicket;
  busy: boolean;
  error: ApiError | null;
  onTransfer(request: TransferRequest): void;
  onClose(): void;
}) {
  const live = useLive();
  const me = useMe();
  const centre = live.centre!;
  const serviceField = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [serviceId, setServiceId] = useState('');
  const [placement, setPlacement] = useState<TransferPlacement>('original');
  const [counterId, setCounterId] = useState('');
  const [staffId, setStaffId] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [cpr, setCpr] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);

  const counters = serviceId ? centre.counters.filter((counter) => counter.services.includes(serviceId)) : [];
  const people = serviceId ? live.colleagues.filter((person) => person.serviceIds.includes(serviceId)) : [];
  const counterName = (id: string | null) => centre.counters.find((counter) => counter.id === id)?.name ?? '';

  const chooseService = (id: string) => {
    setServiceId(id);
    setMissing(false);
    // A counter or person chosen for the previous service may not take this one.
    if (!centre.counters.some((counter) => counter.id === counterId && counter.services.includes(id))) setCounterId('');
    if (!live.colleagues.some((person) => String(person.id) === staffId && person.serviceIds.includes(id))) setStaffId('');
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!serviceId) {
      setMissing(true);
      serviceField.current?.focus();
      return;
    }
    if (looksLikeCpr(note)) {
      setCpr(true);
      noteField.current?.focus();
      return;
    }
    onTransfer({
      serviceId,
      placement,
      ...(note.trim() && { note: note.trim() }),
      ...(counterId && { counterId }),
      ...(staffId && { staffId: Number(staffId) }),
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !busy) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Dialog title={strings.transfer.heading(ticket.number)} description={strings.transfer.intro} onClose={onClose} initialFocus={serviceField} className="transfer-dialog">
      <form ref={form} className="form-grid" onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="transfer-form">
        {missing && (
          <p className="field-error" id="transfer-service-error">
            {strings.transfer.missingService}
          </p>
        )}
        <ServiceChoice
          centre={centre}
          ownUnitId={me.unitId}
          currentServiceId={ticket.serviceId}
          value={serviceId}
          onChange={chooseService}
          firstRef={serviceField}
          invalid={missing}
          errorId="transfer-service-error"
        />

        <fieldset className="radio-group">
          <legend>{strings.transfer.placement}</legend>
          {transferPlacements.map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="placement" value={value} checked={placement === value} onChange={() => setPlacement(value)} />
              {strings.placements[value]}
            </label>
          ))}
        </fieldset>

        <div className="two-fields">
          <div>
            <label htmlFor="transfer-counter">
              {strings.transfer.counter} <span className="subtle">{strings.optional}</span>
            </label>
            <select id="transfer-counter" value={counterId} onChange={(event) => setCounterId(event.target.value)} disabled={!serviceId}>
              <option value="">{strings.transfer.anyCounter}</option>
              {counters.map((counter) => (
                <option key={counter.id} value={counter.id}>
                  {counter.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="transfer-person">
              {strings.transfer.person} <span className="subtle">{strings.optional}</span>
            </label>
            <select id="transfer-person" value={staffId} onChange={(event) => setStaffId(event.target.value)} disabled={!serviceId}>
              <option value="">{strings.transfer.anyPerson}</option>
              {people.map((person) => (
                <option key={person.id} value={String(person.id)}>
                  {person.displayName} – {person.counterId ? strings.transfer.sitsAt(counterName(person.counterId)) : strings.transfer.notSignedIn}
                </option>
              ))}
            </select>
          </div>
        </div>

        <label htmlFor="transfer-note">
          {strings.transfer.note} <span className="subtle">{strings.optional}</span>
        </label>
        <textarea
          id="transfer-note"
          ref={noteField}
          rows={3}
          maxLength={noteLimit}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            setCpr(false);
          }}
          aria-invalid={cpr ? true : undefined}
          aria-describedby={cpr ? 'transfer-note-error transfer-note-hint' : 'transfer-note-hint'}
        />
        {cpr && (
          <p className="field-error" id="transfer-note-error">
            {strings.transfer.cprInNote}
          </p>
        )}
        <p className="subtle" id="transfer-note-hint">
          {strings.transfer.noteHint} {strings.transfer.charactersLeft(noteLimit - note.length)}
        </p>

        <ErrorText error={error} />
        <div className="dialog-actions">
          <button type="submit" className="button primary" aria-disabled={busy || undefined}>
            {strings.transfer.submit}
          </button>
          <button type="button" className="button quiet" onClick={onClose}>
            {strings.cancel}
          </button>
          <span className="subtle">{strings.transfer.submitHint}</span>
        </div>
      </form>
    </Dialog>
  );
}
