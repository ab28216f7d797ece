import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInMonth,
  isValidDate,
  nearestMonthDay,
  nearestWeekday,
  parseIso,
  weekdayOf,
} from './calendar.ts';

describe('calendar', () => {
  it('knows leap-year Februaries', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(isValidDate(2023, 2, 30)).toBe(false);
    expect(isValidDate(2023, 4, 31)).toBe(false);
    expect(isValidDate(2023, 13, 1)).toBe(false);
    expect(parseIso('2023-02-30')).toBeNull();
  });

  it('adds days across month and year ends in UTC', () => {
    expect(addDays('2023-08-17', 1)).toBe('2023-08-18');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2023-03-12', 1)).toBe('2023-03-13');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2020-11-22', '2020-11-24')).toBe(2);
    expect(daysBetween('2020-11-24', '2020-11-22')).toBe(-2);
  });

  it('names weekdays with Sunday as 0', () => {
    expect(weekdayOf('2020-11-22')).toBe(0);
    expect(weekdayOf('2023-09-20')).toBe(3);
    expect(weekdayOf('1969-12-31')).toBe(3);
  });

  it('finds the nearest weekday before or after a date', () => {
    expect(nearestWeekday('2023-09-20', 3, -1)).toBe('2023-09-20');
    expect(nearestWeekday('2023-09-20', 1, -1)).toBe('2023-09-18');
    expect(nearestWeekday('2023-09-20', 5, 1)).toBe('2023-09-22');
    expect(nearestWeekday('2023-09-20', 2, 1)).toBe('2023-09-26');
  });
});

describe('nearestMonthDay', () => {
  it('finds the day on or before, on or after, and nearest', () => {
    expect(nearestMonthDay('2024-06-20', 15, -1)).toBe('2024-06-15');
    expect(nearestMonthDay('2024-06-10', 15, -1)).toBe('2024-05-15');
    expect(nearestMonthDay('2024-06-20', 15, 1)).toBe('2024-07-15');
    expect(nearestMonthDay('2024-06-28', 2, 0)).toBe('2024-07-02');
  });

  it('skips a month too short for the day', () => {
    expect(nearestMonthDay('2023-03-05', 30, -1)).toBe('2023-01-30');
  });
});
