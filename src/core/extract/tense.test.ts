import { describe, expect, it } from 'vitest';
import { tenseOf } from './tense.ts';

describe('tenseOf', () => {
  it('reads future announcements', () => {
    expect(tenseOf('The expo will open on Friday.')).toBe('future');
    expect(tenseOf('The summit is scheduled to take place in May.')).toBe('future');
  });

  it('reads past reports', () => {
    expect(tenseOf('The conference began on Wednesday.')).toBe('past');
  });

  it('reads headline present tense', () => {
    expect(tenseOf('The expo opens on Friday')).toBe('present');
  });

  it('says unknown when no verb tells', () => {
    expect(tenseOf('Smart devices on Sunday')).toBe('unknown');
  });
});
