/** Where and as whom messages are sent: the gateway's URL, the sender name, an optional bearer token. */
export type SmsGatewaySettings = { url: string; from: string; token?: string | undefined };

/** One message as the gateway takes it: `to` in international form (+4540112233), `id` its idempotency key. */
export type SmsGatewayMessage = { to: string; text: string; id: string };

export type SmsSendResult = { ok: true } | { ok: false; retry: boolean; reason: string };

/**
 * Hands one message to a generic HTTP SMS gateway: POST JSON `{to, from, text, id}`, 2xx when the
 * gateway has taken it. Sending the same `id` again must not send a second SMS (the gateway's
 * promise), so a retry after a lost answer is safe. A refusal (4xx other than 408 and 429) is not
 * retried; a 5xx, 408, 429, network error or timeout is. The reason never holds the number.
 */
export async function sendSms(settings: SmsGatewaySettings, message: SmsGatewayMessage, timeoutMs = 10_000): Promise<SmsSendResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (settings.token) headers.authorization = `Bearer ${settings.token}`;
  let response: Response;
  try {
    response = await fetch(settings.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ to: message.to, from: settings.from, text: message.text, id: message.id }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, retry: true, reason: `no answer within ${timeoutMs} ms` };
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    return { ok: false, retry: true, reason: `network error${typeof code === 'string' ? ` (${code})` : ''}` };
  }
  // The body is not needed, but must be read (or dropped) so the connection is freed.
  await response.body?.cancel().catch(() => undefined);
  if (response.ok) return { ok: true };
  const retry = response.status >= 500 || response.status === 408 || response.status === 429;
  return { ok: false, retry, reason: `HTTP ${response.status}` };
}
