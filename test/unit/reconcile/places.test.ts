/** The country a gazetteer place lies in, by any listed name, also inflected (pipeline/reconcile/places.ts). */
import { describe, expect, it } from 'vitest';
import { placeCountryOf, placeIdWithin } from '../../../pipeline/reconcile/places.js';

describe('placeCountryOf', () => {
  it('a listed name in any spelling, and a case form of one (ru `в Асаке`, `в Костанае`)', () => {
    expect(placeCountryOf('Asaka')).toBe('UZ');
    expect(placeCountryOf('Асаке')).toBe('UZ');
    expect(placeCountryOf('Костанае')).toBe('KZ');
    expect(placeCountryOf('Hadjigaboul')).toBe('AZ');
  });

  it('silent: a word that is no listed place, and a stem too short to tell', () => {
    expect(placeCountryOf('Werk')).toBeNull();
    expect(placeCountryOf('Bak')).toBeNull();
  });
});

describe('placeIdWithin', () => {
  it('a listed name that begins a word: itself, a case form, an adjective (ru, de)', () => {
    expect(placeIdWithin('Samarkand')).toBe('samarkand');
    expect(placeIdWithin('Самарканде')).toBe('samarkand');
    expect(placeIdWithin('Самаркандский')).toBe('samarkand');
    expect(placeIdWithin('Samarkander')).toBe('samarkand');
  });

  it('silent: a common word, and a phrase of several words', () => {
    expect(placeIdWithin('Automobile')).toBeNull();
    expect(placeIdWithin('Samarkand Automobile Plant')).toBeNull();
  });
});
