import { describe, expect, it } from 'vitest';
import { emergencyRegion, headingParts, helpFor, regionOf } from './help';

describe("the reader's region", () => {
  it('reads the region from a language tag', () => {
    expect(regionOf('en-GB')).toBe('GB');
    expect(regionOf('en_au')).toBe('AU');
    expect(regionOf('zh-Hant-TW')).toBe('TW');
    expect(regionOf('es-419')).toBeUndefined();
    expect(regionOf('en')).toBeUndefined();
  });

  it('picks the first language with a known region, else a neutral wording', () => {
    expect(emergencyRegion(['en', 'en-AU']).number).toBe('000');
    expect(emergencyRegion(['en-US']).place).toBe('the emergency room');
    expect(emergencyRegion(['en-GB']).place).toBe('A&E');
    expect(emergencyRegion(['de-DE']).number).toBe('112');
    expect(emergencyRegion(['en-CA']).number).toBe('911');
    expect(emergencyRegion(['en']).number).toBe('your local emergency number');
    expect(emergencyRegion([]).number).toBe('your local emergency number');
  });
});

describe('helpFor', () => {
  it("lists the other countries' numbers without the reader's own", () => {
    expect(helpFor(['en-US']).elsewhere.map((o) => o.number)).toEqual(['999', '112', '000', '111']);
    expect(helpFor(['en-IE']).elsewhere.map((o) => o.number)).toEqual(['911', '000', '111']);
    expect(helpFor(['en']).elsewhere).toHaveLength(5);
  });

  it('keeps both tiers and names what the clinical review asks for', () => {
    const help = helpFor(['en-GB']);
    const emergency = help.emergency.signs.join(' ');
    const urgent = help.urgent.signs.join(' ');
    expect(emergency).toMatch(/both legs/);
    expect(emergency).toMatch(/trouble peeing|hard to start/);
    expect(emergency).toMatch(/erection|sex/);
    expect(emergency).toMatch(/chest pain/);
    expect(emergency).toMatch(/tearing/);
    expect(urgent).toMatch(/had it in the past/);
    expect(urgent).toMatch(/at night/);
    expect(urgent).toMatch(/inject drugs/);
    expect(urgent).toMatch(/weak bones/);
    expect(urgent).toMatch(/lost weight/);
  });
});

describe('headingParts', () => {
  it('splits a heading into text and the slots a region fills', () => {
    expect(headingParts('Call {number} or go to {place} now')).toEqual([
      { text: 'Call ' },
      { slot: 'number' },
      { text: ' or go to ' },
      { slot: 'place' },
      { text: ' now' },
    ]);
  });
});
