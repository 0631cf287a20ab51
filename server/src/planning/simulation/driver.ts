import { openMemoryDatabase, type Db } from '../../data/database.js';
import { ManualClock, type Actor } from '../../engine/index.js';
import { createEngine, type Engine } from '../../engine/engine.js';
import type { StaffTicket, Ticket } from '@dintur/shared';
import type { Scenario } from './scenario.js';

/**
 * What the simulation asks of the centre. The in-process driver calls the engine directly (a day
 * takes a fraction of a second); the HTTP driver sends the same requests to a real server.
 */
export type CentreDriver = {
  /** Whether booked citizens can check in for their appointment (else they take a plain number). */
  appointments: boolean;
  /** Moves the centre's clock to the simulated instant. */
  setTime(instant: number): void;
  openCounter(counterId: string): Promise<void>;
  pauseCounter(counterId: string): Promise<void>;
  resumeCounter(counterId: string): Promise<void>;
  /** Signs the counter out: its shift ended, or the day did. */
  closeCounter(counterId: string): Promise<void>;
  issue(serviceId: string, appointmentAt: number | null): Promise<Ticket | null>;
  callNext(counterId: string): Promise<StaffTicket | null>;
  callTicket(counterId: string, ticketId: number): Promise<StaffTicket>;
  start(counterId: string, ticketId: number): Promise<void>;
  finish(counterId: string, ticketId: number): Promise<void>;
  transfer(counterId: string, ticketId: number, serviceId: string): Promise<void>;
  close(): Promise<void>;
};

/**
 * Drives the real queue engine in-process, on an in-memory SQLite built from the real migrations
 * (or on `db`, a centre's database file, to give it a history).
 */
export function createInProcessDriver(scenario: Scenario, startInstant: number, db: Db = openMemoryDatabase()): CentreDriver & { engine: Engine } {
  const clock = new ManualClock(startInstant);
  const engine = createEngine({ db, clock, initialConfig: scenario.centre });
  const actors = new Map<string, Actor>();
  for (const counter of scenario.counters) {
    const id = engine.context.staff.insert(
      { username: `clerk-${counter.counterId}`, displayName: `Clerk at ${counter.counterId}`, passwordHash: 'not-used', unitId: counter.staffUnitId, role: 'staff' },
      startInstant,
    );
    actors.set(counter.counterId, { id, unitId: counter.staffUnitId, role: 'staff', displayName: `Clerk at ${counter.counterId}` });
  }
  const actor = (counterId: string) => actors.get(counterId)!;
  return {
    engine,
    appointments: true,
    setTime: (instant) => clock.set(instant),
    openCounter: async (counterId) => void engine.openCounter(actor(counterId), counterId),
    pauseCounter: async (counterId) => void engine.pauseCounter(actor(counterId), counterId, 'lunch'),
    resumeCounter: async (counterId) => void engine.resumeCounter(actor(counterId), counterId),
    closeCounter: async (counterId) => void engine.closeCounter(actor(counterId), counterId),
    async issue(serviceId, appointmentAt) {
      try {
        return engine.issueTicket({ serviceId, lang: 'da', ...(appointmentAt !== null && { appointmentAt }) });
      } catch {
        return null; // closed: the citizen is turned away
      }
    },
    callNext: async (counterId) => engine.callNext(actor(counterId), counterId),
    callTicket: async (counterId, ticketId) => engine.callTicket(actor(counterId), ticketId, counterId),
    start: async (counterId, ticketId) => void engine.start(actor(counterId), ticketId),
    finish: async (counterId, ticketId) => void engine.finish(actor(counterId), ticketId, 'resolved'),
    transfer: async (counterId, ticketId, serviceId) =>
      void engine.transfer(actor(counterId), ticketId, { serviceId, placement: 'original' }),
    close: async () => void db.close(),
  };
}
