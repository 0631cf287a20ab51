import { describe, expect, it } from 'vitest';
import { estimateFigures, estimatePairs } from './estimates.js';
import { staysOf, reconstructVisits } from '@dintur/shared/statistics';
import { eventLog } from '@dintur/shared/statistics/test-events';

describe('estimate accuracy', () => {
  it('pairs the estimate given with the wait until the first call only', () => {
    const { events, add, at } = eventLog();
    add('10:00', 'ticket.issued', { ticketId: 1, details: { serviceId: 'moving', estimatedWaitMinutes: 5 } });
    add('10:00', 'ticket.issued', { ticketId: 2, details: { serviceId: 'moving', estimatedWaitMinutes: null } });
    add('10:00', 'ticket.issued', { ticketId: 3, details: { serviceId: 'moving', estimatedWaitMinutes: 5, appointmentAt: at('10:20') } });
    add('10:00', 'ticket.issued', { ticketId: 4, details: { serviceId: 'moving', estimatedWaitMinutes: 5 } });
    for (const ticketId of [1, 2, 3]) add('10:08', 'ticket.called', { ticketId, counterId: 'bs-1' });
    add('10:09', 'ticket.transferred', { ticketId: 1, details: { toServiceId: 'pension' } });
    add('10:30', 'ticket.called', { ticketId: 1, counterId: 'po-7' });
    const pairs = estimatePairs(staysOf(reconstructVisits(events), () => true));
    // Ticket 2 had no estimate, 3 is an appointment, 4 is not called yet; 1's second queue is not estimated.
    expect(pairs).toEqual([{ serviceId: 'moving', estimated: 5, actual: 8 }]);
  });

  it('gives mean absolute error, bias (negative when citizens waited longer than told) and the share told too little', () => {
    const pairs = [
      { serviceId: 'a', estimated: 10, actual: 4 },
      { serviceId: 'a', estimated: 10, actual: 12 },
      { serviceId: 'a', estimated: 10, actual: 10 },
      { serviceId: 'a', estimated: 0, actual: 8 },
    ];
    expect(estimateFigures(pairs)).toEqual({ count: 4, meanAbsoluteError: 4, bias: -1, underestimatedShare: 0.5 });
    expect(estimateFigures([])).toEqual({ count: 0, meanAbsoluteError: null, bias: null, underestimatedShare: null });
  });
});
