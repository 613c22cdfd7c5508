import { describe, expect, it } from 'vitest';
import { isLoopback, presentedToken, tokenMatches } from '../../../workers/auth.js';

const TOKEN = 'a-long-enough-secret-token';

describe('token check', () => {
  it('accepts the bearer token and the Basic-auth password, nothing else', () => {
    expect(tokenMatches(TOKEN, `Bearer ${TOKEN}`)).toBe(true);
    expect(tokenMatches(TOKEN, `Basic ${Buffer.from(`analyst:${TOKEN}`).toString('base64')}`)).toBe(true);
    expect(tokenMatches(TOKEN, `Bearer ${TOKEN}x`)).toBe(false);
    expect(tokenMatches(TOKEN, undefined)).toBe(false);
    expect(tokenMatches(TOKEN, 'Bearer')).toBe(false);
    expect(presentedToken('Digest abc')).toBeNull();
  });

  it('knows loopback addresses', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
  });
});
