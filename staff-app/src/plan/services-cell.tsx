import type { Centre, PlanService } from '@dintur/shared';
import type { StretchDraft } from './plan-draft.js';
import { planStrings } from './plan-strings.js';

const text = planStrings.plan;

/**
 * What a stretch's counter calls: the names, whether they are the counter's profile or chosen for
 * the day, and a disclosure of checkboxes to change them (a service keeps its weight; a new one
 * gets the profile's weight or 1).
 */
export function ServicesCell({ draft, name, centre, disabled, onChange }: { draft: StretchDraft; name: string; centre: Centre; disabled: boolean; onChange: (services: PlanService[]) => void }) {
  const profile = centre.counters.find((counter) => counter.id === draft.counterId)?.services ?? [];
  const chosen: PlanService[] = draft.services ?? profile.map((serviceId) => ({ serviceId, weight: 1 }));
  const serviceName = (serviceId: string) => centre.services.find((service) => service.id === serviceId)?.name.da ?? serviceId;
  const toggle = (serviceId: string, on: boolean) => {
    const next = on ? [...chosen, { serviceId, weight: 1 }] : chosen.filter((service) => service.serviceId !== serviceId);
    // In the configuration's order, so the list reads the same as the counter profile page.
    const order = centre.services.map((service) => service.id);
    onChange(next.sort((first, second) => order.indexOf(first.serviceId) - order.indexOf(second.serviceId)));
  };
  return (
    <div className="plan-services">
      <p>
        <span className="subtle">{draft.services ? text.chosenServices : text.profileServices}: </span>
        {chosen.map((service) => serviceName(service.serviceId)).join(', ')}
      </p>
      <details>
        <summary>{text.changeServices(name)}</summary>
        <fieldset disabled={disabled}>
          <legend className="visually-hidden">{text.changeServices(name)}</legend>
          {centre.units.map((unit) => (
            <div key={unit.id} className="plan-service-group">
              <p className="small-heading">{unit.name.da}</p>
              {centre.services
                .filter((service) => service.unitId === unit.id)
                .map((service) => (
                  <label key={service.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={chosen.some((entry) => entry.serviceId === service.id)}
                      aria-label={text.serviceAt(service.name.da, name)}
                      onChange={(event) => toggle(service.id, event.target.checked)}
                    />
                    {service.name.da}
                  </label>
                ))}
            </div>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
