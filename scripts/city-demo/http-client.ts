/** An answer that was not 2xx, with the server's own words. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    const message = (body as { error?: { message?: string } } | undefined)?.error?.message;
    super(`${what}: HTTP ${status}${message ? ` (${message})` : ''}`);
  }
}

/** JSON over HTTP to the hub or a centre, as the operator's tools send it; non-2xx throws `HttpError`. */
export async function requestJson<T>(base: string, method: 'GET' | 'POST' | 'PUT', url: string, options: { token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...(options.token && { authorization: `Bearer ${options.token}` }),
    },
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  if (!response.ok) throw new HttpError(response.status, body, `${method} ${base}${url}`);
  return body as T;
}

/** Signs in as `admin`; the session token. */
export async function signInAsAdmin(base: string, password: string): Promise<string> {
  const session = await requestJson<{ token: string }>(base, 'POST', '/api/auth/login', { body: { username: 'admin', password } });
  return session.token;
}
