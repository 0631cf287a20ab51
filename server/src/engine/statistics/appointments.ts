import { appointmentOnTimeMinutes, type StatsAppointments } from '@dintur/shared';
import { type LoggedEvent, minutes, share, summarise, numberOf, oneOf, textOf, type Visit } from '@dintur/shared/statistics';

/** The appointment events statistics read. */
export const appointmentEventTypes = [
  'appointment.booked',
  'appointment.moved',
  'appointment.cancelled',
  'appointment.checked-in',
  'appointment.no-show',
] as const;

/**
 * Appointments in the period: bookings by channel, moves and cancellations as they were made,
 * check-ins (late ones too) and no-shows as they happened — each counted by when its event
 * happened, which for check-ins and no-shows is the appointment's own time. How close to the
 * booked time citizens were called comes from the checked-in tickets' calls.
 */
export function appointmentFigures(events: readonly LoggedEvent[], visits: readonly Visit[], include: (serviceId: string) => boolean): StatsAppointments {
  const figures = {
    bookedOnline: 0,
    bookedByAgent: 0,
    moved: 0,
    cancelledByCitizen: 0,
    cancelledByAgent: 0,
    checkedIn: 0,
    checkedInLate: 0,
    noShows: 0,
  };
  for (const event of events) {
    const serviceId = textOf(event, 'serviceId');
    if (serviceId === null || !include(serviceId)) continue;
    switch (event.type) {
      case 'appointment.booked': {
        const channel = oneOf(event, 'channel', ['online', 'agent'] as const);
        if (channel === 'online') figures.bookedOnline += 1;
        else if (channel === 'agent') figures.bookedByAgent += 1;
        break;
      }
      case 'appointment.moved':
        figures.moved += 1;
        break;
      case 'appointment.cancelled': {
        const by = oneOf(event, 'by', ['citizen', 'agent'] as const);
        if (by === 'citizen') figures.cancelledByCitizen += 1;
        else if (by === 'agent') figures.cancelledByAgent += 1;
        break;
      }
      case 'appointment.checked-in':
        figures.checkedIn += 1;
        if ((numberOf(event, 'minutesEarly') ?? 0) < 0) figures.checkedInLate += 1;
        break;
      case 'appointment.no-show':
        figures.noShows += 1;
        break;
    }
  }
  const calledAfter: number[] = [];
  for (const visit of visits) {
    const first = visit.stays[0]!;
    if (visit.appointmentAt === null || first.calledAt === null || !include(first.serviceId)) continue;
    calledAfter.push(minutes(first.calledAt - visit.appointmentAt));
  }
  const onTime = calledAfter.filter((value) => value <= appointmentOnTimeMinutes).length;
  return {
    ...figures,
    keptShare: share(figures.checkedIn, figures.checkedIn + figures.noShows),
    calledAfterBookedTime: {
      ...summarise(calledAfter),
      min: calledAfter.length === 0 ? null : Math.min(...calledAfter),
      onTime,
      onTimeShare: share(onTime, calledAfter.length),
    },
  };
}
