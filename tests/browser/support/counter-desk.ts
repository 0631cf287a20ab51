import type { TestServer } from '../../support/test-server.js';

/** A ticket as call-next returns it (the fields the tests use). */
export type CalledTicket = { id: number; number: string; counterId: string | null };

/**
 * A counter with a staff member signed in, driven through the real API as the staff app would:
 * the other end of what the display shows.
 */
export class CounterDesk {
  private constructor(
    private readonly server: TestServer,
    readonly counterId: string,
    private readonly token: string,
  ) {}

  /** Creates a staff account of `unitId` (or signs it in again after a restart) and opens `counterId`. */
  static async signIn(server: TestServer, counterId: string, unitId: string, options: { existing?: boolean } = {}): Promise<CounterDesk> {
    const username = `staff-${counterId}`;
    const token = options.existing ? await server.login(username, `${username}-password`) : (await server.createStaff(username, 'staff', unitId)).token;
    const opened = await server.request('POST', `/api/counters/${counterId}/open`, { token });
    if (opened.status !== 200) throw new Error(`opening ${counterId} answered ${opened.status}: ${JSON.stringify(opened.body)}`);
    return new CounterDesk(server, counterId, token);
  }

  /** Presses "next"; fails if nothing was called. */
  async callNext(): Promise<CalledTicket> {
    const answer = await this.server.request('POST', `/api/counters/${this.counterId}/call-next`, { token: this.token });
    if (answer.status !== 200) throw new Error(`call-next at ${this.counterId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body.ticket as CalledTicket;
  }

  /** Calls the ticket again ("recall"). */
  async recall(ticketId: number): Promise<void> {
    const answer = await this.server.request('POST', `/api/tickets/${ticketId}/recall`, { token: this.token });
    if (answer.status !== 200) throw new Error(`recall of ${ticketId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}

/** Takes `count` numbers for `serviceId` at the kiosk. */
export async function takeNumbers(server: TestServer, serviceId: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const answer = await server.request('POST', '/api/tickets', { body: { serviceId } });
    if (answer.status !== 201) throw new Error(`taking a number for ${serviceId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}
