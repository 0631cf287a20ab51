import type { RefObject } from 'react';
import type { Centre } from '@dintur/shared';
import { strings } from '../strings.js';

/** The units in the order the transfer dialog lists them: the person's own first, then the configuration's. */
export function unitsOwnFirst<Unit extends { id: string }>(units: readonly Unit[], ownUnitId: string | null): Unit[] {
  return [...units].sort((first, second) => Number(second.id === ownUnitId) - Number(first.id === ownUnitId));
}

type ServiceChoiceProps = {
  centre: Pick<Centre, 'units' | 'services'>;
  ownUnitId: string | null;
  /** The visit's service now, marked so the person sees where it is. */
  currentServiceId: string;
  value: string;
  onChange(serviceId: string): void;
  /** The first choice, to focus when the dialog opens or nothing was chosen. */
  firstRef: RefObject<HTMLInputElement | null>;
  invalid: boolean;
  errorId: string;
};

/**
 * Where to send the visit: every service as a radio button, grouped by unit under the unit's
 * name as a heading, the person's own unit first. One radio group across the units, so the arrow
 * keys go through all of them; a screen reader says the unit as the group's name.
 */
export function ServiceChoice({ centre, ownUnitId, currentServiceId, value, onChange, firstRef, invalid, errorId }: ServiceChoiceProps) {
  const units = unitsOwnFirst(centre.units, ownUnitId).filter((unit) => centre.services.some((service) => service.unitId === unit.id));
  let first = true;
  return (
    <fieldset className="service-choice" aria-describedby={invalid ? errorId : undefined} data-testid="transfer-services">
      <legend>{strings.transfer.service}</legend>
      <div className="service-units">
        {units.map((unit) => (
          <fieldset key={unit.id} className="service-unit" data-unit={unit.id}>
            <legend>
              <h3>
                {unit.name.da}
                {/* A space, so the name and the tag are not read as one word. */}
                {unit.id === ownUnitId && <> <span className="tag">{strings.transfer.ownUnit}</span></>}
              </h3>
            </legend>
            {centre.services
              .filter((service) => service.unitId === unit.id)
              .map((service) => {
                const ref = first ? firstRef : undefined;
                first = false;
                return (
                  <label key={service.id} className="radio service-option">
                    <input
                      ref={ref}
                      type="radio"
                      name="transfer-service"
                      value={service.id}
                      checked={value === service.id}
                      onChange={() => onChange(service.id)}
                    />
                    <span>{service.name.da}</span>
                    {service.id === currentServiceId && <span className="subtle"> ({strings.transfer.currentService})</span>}
                  </label>
                );
              })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
