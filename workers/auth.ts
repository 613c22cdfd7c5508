/**
 * Bearer-token check for the API and the board, in constant time. Browsers may send the token as
 * the password of HTTP Basic auth (they prompt for it natively); API clients send `Bearer`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** The token presented in an Authorization header, or null. */
export function presentedToken(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value] = header.split(/\s+/, 2);
  if (!value) return null;
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  return null;
}

/** Constant-time comparison of the presented token with the configured one. */
export function tokenMatches(expected: string, header: string | undefined): boolean {
  const presented = presentedToken(header);
  return presented !== null && timingSafeEqual(digest(presented), digest(expected));
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}
