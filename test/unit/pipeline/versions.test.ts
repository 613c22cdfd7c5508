import { describe, expect, it } from 'vitest';
import { currentHashes } from '../../../bench/stage-versions.js';
import { NUMBERS_STAGE } from '../../../pipeline/numbers/index.js';
import versions from '../../../pipeline/versions.json' with { type: 'json' };

describe('stage versions follow the content', () => {
  it('pipeline/versions.json holds the hashes of the current sources (else run `npm run versions`)', () => {
    expect(versions, 'pipeline/versions.json is stale: run `npm run versions`').toEqual(currentHashes());
  });

  it('a stage version is its semver plus its content hash', () => {
    expect(NUMBERS_STAGE.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
    expect(NUMBERS_STAGE.version.endsWith(versions.numbers.slice(0, 8))).toBe(true);
  });
});
