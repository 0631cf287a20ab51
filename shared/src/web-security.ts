import { z } from 'zod';

/**
 * Requests from other sites: the decisions the centre server and the city hub share (each has a
 * small Express middleware around them). Pure functions over request headers, so they are the
 * same in both and tested without a server. docs/DECISIONS.md, "Requests from other sites,
 * devices, and who may cancel".
 */

type Headers = Readonly<Record<string, string | string[] | undefined>>;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Methods that change something; a page of another site must not send them with anyone's authority. */
export const isStateChanging = (method: string) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method.toUpperCase());

/**
 * Where a request comes from, as the browser says:
 * - `own`: a page of the server's own origin (or of an origin configured as its own);
 * - `not-a-browser`: neither `Origin` nor fetch metadata (curl, a centre's link to the hub, a
 *   kiosk shell's main process) — nothing a web page can make a browser send;
 * - `foreign`: a page of any other origin, `null` included (a file page, a sandboxed frame).
 *
 * `Sec-Fetch-Site` (every current browser) is believed first: a page whose referrer policy is
 * `no-referrer` sends `Origin: null` even to its own origin. Browsers without fetch metadata are
 * judged by `Origin` against `ownOrigins`.
 */
export function requestSite(headers: Headers, ownOrigins: readonly string[]): 'own' | 'not-a-browser' | 'foreign' {
  const fetchSite = header(headers, 'sec-fetch-site');
  const origin = header(headers, 'origin');
  if (fetchSite === 'same-origin' || fetchSite === 'none') return 'own';
  if (origin !== undefined && origin !== 'null' && ownOrigins.includes(origin)) return 'own';
  if (origin === undefined && fetchSite === undefined) return 'not-a-browser';
  return 'foreign';
}

/** True for `application/json` and `application/…+json`, with or without parameters. */
export function isJsonMediaType(contentType: string): boolean {
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(media);
}

/**
 * Why a state-changing request's body is refused, or undefined: it must be JSON, or no body at
 * all without a content type. Whatever a plain HTML form can send (`text/plain`,
 * `application/x-www-form-urlencoded`, `multipart/form-data`) needs no CORS preflight, so a page
 * of another site could send it; JSON cannot be sent across origins without one.
 */
export function bodyTypeProblem(headers: Headers): string | undefined {
  const contentType = header(headers, 'content-type');
  const hasBody = Number(header(headers, 'content-length') ?? 0) > 0 || header(headers, 'transfer-encoding') !== undefined;
  if (contentType === undefined || contentType.trim() === '') {
    return hasBody ? 'Send the body as JSON (Content-Type: application/json).' : undefined;
  }
  if (isJsonMediaType(contentType)) return undefined;
  return `Content-Type ${contentType.split(';')[0]!.trim()} is not accepted: send JSON (Content-Type: application/json), or no body at all.`;
}

/** The message of the 403 for a page of another origin. */
export function foreignOriginMessage(origin: string | undefined, reason: 'signed-in' | 'credentials'): string {
  const from = origin === undefined || origin === 'null' ? 'a page of another origin' : `a page of another site or origin (${origin})`;
  return reason === 'signed-in'
    ? `Refused: this request comes from ${from}. Operations that need a sign-in are accepted only from this server's own pages.`
    : `Refused: this request comes from ${from} and carries a session cookie. Pages elsewhere may only do what anyone may without signing in, and without credentials.`;
}

const namedProxyRanges = ['loopback', 'linklocal', 'uniquelocal'];
const proxyEntry = z.union([z.enum(namedProxyRanges), z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

/**
 * `DINTUR_TRUSTED_PROXY`: the reverse proxies whose `X-Forwarded-For`, `-Proto` and `-Host` are
 * believed, as Express's `trust proxy` takes them: addresses, subnets and `loopback`,
 * `linklocal`, `uniquelocal`, separated by commas; or a number of hops. Not `true` (trust
 * everyone): then any client could claim any address and HTTPS. Unset: no proxy is trusted.
 */
export const TrustedProxySetting = z
  .string()
  .trim()
  .min(1)
  .transform((value, context): number | string[] => {
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    for (const entry of entries) {
      if (!proxyEntry.safeParse(entry).success) {
        context.addIssue({ code: 'custom', message: `"${entry}" is not an address, a subnet (10.0.0.0/8), loopback, linklocal, uniquelocal or a number of hops` });
      }
    }
    return entries;
  });
export type TrustedProxy = z.output<typeof TrustedProxySetting>;

/** `DINTUR_ALLOWED_ORIGINS`: further origins whose pages count as the server's own (`https://intra.example.dk`), comma-separated. */
export const AllowedOriginsSetting = z.string().transform((value, context): string[] => {
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const origins: string[] = [];
  for (const entry of entries) {
    const url = URL.canParse(entry) ? new URL(entry) : undefined;
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      context.addIssue({ code: 'custom', message: `"${entry}" is not an origin such as https://intra.example.dk (scheme, host and port, no path)` });
    } else {
      origins.push(url.origin);
    }
  }
  return origins;
});

/**
 * The Content-Security-Policy of every answer that is not a page (JSON, errors, redirects):
 * nothing may load from it, and nothing may frame it.
 */
export const nonPagePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The Content-Security-Policy of a built React app: its own scripts and styles only (Vite builds
 * no inline code; React sets styles through the DOM, which CSP allows), images of its own and the
 * `data:` of the empty favicon, data from its own server (and `connectSources` when a page may be
 * pointed at another server, as the display's `?server=`), and no framing by any page.
 */
export function pagePolicy(options: { connectSources?: readonly string[] } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...(options.connectSources ?? [])].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
