import { citizenErrorMessage, PrinterStatus, Ticket, type KioskChoiceBody, type PrintResult, type Receipt } from '@dintur/shared';

/** What came of asking for a number. */
export type IssueOutcome =
  | { ok: true; ticket: Ticket }
  /**
   * `closed`: the service or centre stopped taking tickets meanwhile; `full`: its queue is at its
   * cap; `failed`: anything else. `code`: the server's error code, or `network` without an answer.
   */
  | { ok: false; reason: IssueRefusal; code: string; message: string };

/** What came of asking the server to print on the kiosk's network printer. */
export type ServerPrintOutcome =
  | { kind: 'result'; result: PrintResult }
  /** The kiosk has no network printer configured on the server: the ticket is shown on screen only. */
  | { kind: 'no-printer' }
  | { kind: 'failed'; reason: string };

const json = { 'content-type': 'application/json' } as const;

/**
 * The `{error: {code, message}}` of a 4xx. Read loosely rather than with the shared ErrorBody: a
 * newer server may answer with a code this build does not list yet.
 */
async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // not JSON: a proxy's error page
  }
  const error: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'error') : undefined;
  const field = (name: string) => (typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined);
  const code = field('code');
  const message = field('message');
  return {
    code: typeof code === 'string' ? code : 'unknown',
    message: typeof message === 'string' ? message : `answered ${response.status}`,
  };
}

/** A PrintResult checked field by field (the shared type has no schema of its own). */
function printResultOf(body: unknown): PrintResult | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const printed: unknown = Reflect.get(body, 'printed');
  if (printed === true) return { printed: true };
  const status = PrinterStatus.safeParse(Reflect.get(body, 'status'));
  const reason: unknown = Reflect.get(body, 'reason');
  if (printed !== false || !status.success) return undefined;
  return { printed: false, status: status.data, reason: typeof reason === 'string' ? reason : status.data.state };
}

/**
 * Why a number was not given, as the citizen is told: closed meanwhile, the queue full (come back
 * later; trying again at once would not help), or anything else (try again, ask the staff).
 */
export type IssueRefusal = 'closed' | 'full' | 'failed';

function refusalOf(status: number, code: string): IssueRefusal {
  if (status === 409 && (code === 'service-closed' || code === 'centre-closed')) return 'closed';
  if (status === 409 && code === 'queue-full') return 'full';
  return 'failed';
}

/** The failures whose shared sentence tells a citizen at the kiosk more than "we could not give you a number". */
const explainedFailures: ReadonlySet<string> = new Set(['too-many-requests', 'server-busy', 'insufficient-storage', 'storage-unavailable']);

/**
 * What to add under "we could not give you a number", in the kiosk's language, from the one map of
 * error messages (shared/src/error-messages.ts): why, when the reason is one a citizen can act on
 * (wait a minute; ask the staff). Null otherwise, and never the server's own words. No connection
 * is not explained: "check your internet connection" is no advice at a kiosk.
 */
export function refusalDetail(outcome: { reason: IssueRefusal; code: string }, lang: string): string | null {
  return outcome.reason === 'failed' && explainedFailures.has(outcome.code) ? citizenErrorMessage(outcome.code, lang) : null;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * `POST /api/tickets`. The kiosk names itself and the channel, so statistics can tell kiosk
 * tickets from others; a server that does not know these fields ignores them.
 */
export async function issueTicket(apiBase: string, request: { serviceId: string; lang: string; kioskId: string }): Promise<IssueOutcome> {
  try {
    const response = await fetch(new URL('api/tickets', apiBase), {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ serviceId: request.serviceId, lang: request.lang, channel: 'kiosk', kioskId: request.kioskId }),
    });
    if (response.status === 201) return { ok: true, ticket: Ticket.parse(await response.json()) };
    const error = await errorOf(response);
    return { ok: false, reason: refusalOf(response.status, error.code), code: error.code, message: `${error.code}: ${error.message}` };
  } catch (error) {
    return { ok: false, reason: 'failed', code: 'network', message: describe(error) };
  }
}

/**
 * `POST /api/kiosk/choices`: the self-service route or a number, for the channel statistics.
 * A choice that cannot be recorded is only logged: the citizen must never wait for statistics.
 */
export async function recordChoice(apiBase: string, choice: KioskChoiceBody): Promise<void> {
  try {
    const response = await fetch(new URL('api/kiosk/choices', apiBase), { method: 'POST', headers: json, body: JSON.stringify(choice) });
    if (!response.ok) console.warn(`kiosk: the choice was not recorded (${response.status})`);
  } catch (error) {
    console.warn('kiosk: the choice was not recorded', error);
  }
}

/** `POST /api/kiosks/{kioskId}/print`: the server prints the receipt on the kiosk's network printer. */
export async function printOnServer(apiBase: string, kioskId: string, trackingCode: string, receipt: Receipt): Promise<ServerPrintOutcome> {
  try {
    const response = await fetch(new URL(`api/kiosks/${encodeURIComponent(kioskId)}/print`, apiBase), {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ trackingCode, receipt }),
    });
    if (response.status === 200) {
      const result = printResultOf(await response.json());
      return result ? { kind: 'result', result } : { kind: 'failed', reason: 'the server answered with something that is not a print result' };
    }
    const error = await errorOf(response);
    if (response.status === 409 && error.code === 'no-printer') return { kind: 'no-printer' };
    return { kind: 'failed', reason: `${error.code}: ${error.message}` };
  } catch (error) {
    return { kind: 'failed', reason: describe(error) };
  }
}

/**
 * `POST /api/devices/{kioskId}/heartbeat`: the kiosk is alive, and how its printer is. The server
 * alerts staff when a printer has a problem or a kiosk falls silent.
 */
export async function sendHeartbeat(apiBase: string, kioskId: string, printer?: PrinterStatus): Promise<void> {
  try {
    const response = await fetch(new URL(`api/devices/${encodeURIComponent(kioskId)}/heartbeat`, apiBase), {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ kind: 'kiosk', ...(printer && { printer }) }),
    });
    if (!response.ok) console.warn(`kiosk: the heartbeat was refused (${response.status})`);
  } catch (error) {
    console.warn('kiosk: could not send the heartbeat', error);
  }
}
