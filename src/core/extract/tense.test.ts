import { describe, expect, it } from 'vitest';
import { tenseBefore, tenseOf } from './tense.ts';

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

  it('reads the present of a plural subject', () => {
    expect(tenseOf('The Software Days open on Wednesday')).toBe('present');
  });

  it('does not read "open data" as a verb', () => {
    expect(tenseOf('The open data challenge')).toBe('unknown');
  });

  it('reads "is held" as present, not as the past participle', () => {
    expect(tenseOf('The fair is held in the city on 12-13 September.')).toBe('present');
    expect(tenseOf('The fair, which is held every year, opened on Monday.')).toBe('past');
  });

  it('says unknown when no verb tells', () => {
    expect(tenseOf('Smart devices on Sunday')).toBe('unknown');
  });
});

describe('tenseBefore', () => {
  it('reads the verb of the clause just before a position', () => {
    const s = 'The summit opened this morning and runs until Wednesday.';
    expect(tenseBefore(s, s.indexOf('Wednesday'))).toBe('present');
    const t = 'The summit opened on Monday and ran until Wednesday.';
    expect(tenseBefore(t, t.indexOf('Wednesday'))).toBe('past');
  });
});
