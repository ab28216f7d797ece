import { describe, expect, it } from 'vitest';
import { dateFromUrl } from './url-date.ts';

describe('dateFromUrl', () => {
  it('reads /yyyy/mm/dd/ folders', () => {
    expect(dateFromUrl('https://news.example.com/2019/03/14/robot-fair')).toBe('2019-03-14');
  });

  it('reads a dashed date in the slug', () => {
    expect(dateFromUrl('https://news.example.com/tech/2019-03-14-robot-fair')).toBe('2019-03-14');
  });

  it('reads an eight-digit date between slashes', () => {
    expect(dateFromUrl('https://news.example.com/a/20190314/robot-fair.html')).toBe('2019-03-14');
  });

  it('ignores a year and month without a day', () => {
    expect(dateFromUrl('https://news.example.com/2019/03/robot-fair')).toBeNull();
  });

  it('ignores numbers that are not a calendar date', () => {
    expect(dateFromUrl('https://news.example.com/story/20191345.html')).toBeNull();
    expect(dateFromUrl('https://news.example.com/story/123456789.html')).toBeNull();
  });

  it('never reads the host', () => {
    expect(dateFromUrl('https://20190314.example.com/robot-fair')).toBeNull();
  });

  it('returns null without an address', () => {
    expect(dateFromUrl(null)).toBeNull();
  });
});
