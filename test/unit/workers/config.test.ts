import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../workers/config.js';

describe('loadConfig', () => {
  it('defaults to embedded mode', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.NEWSFLOW_QUEUE_PREFIX).toBe('newsflow');
    expect(config.NEWSFLOW_CONCURRENCY).toBe(2);
  });

  it('names every bad variable and hides the token', () => {
    const bad = { REDIS_URL: 'http://x', NEWSFLOW_CONCURRENCY: 'many', NEWSFLOW_API_TOKEN: 'short' };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    try {
      loadConfig(bad);
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('REDIS_URL="http://x": must be a URL starting with redis:// or rediss://');
      expect(message).toContain('NEWSFLOW_CONCURRENCY="many"');
      expect(message).toContain('NEWSFLOW_API_TOKEN=<hidden>: must be at least 16 characters');
      expect(message).not.toContain('short');
    }
  });
});
