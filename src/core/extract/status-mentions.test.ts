import { describe, expect, it } from 'vitest';
import { findStatusMentions } from './status-mentions.ts';

const changes = (sentence: string) => findStatusMentions(sentence).map((m) => m.change);

describe('status mentions', () => {
  it('reads "has been cancelled" as a cancellation', () => {
    expect(changes('The robotics fair has been cancelled because of the storm.')).toEqual([
      'cancelled',
    ]);
  });

  it('reads "called off" as a cancellation', () => {
    expect(changes('Organisers have called off the summit.')).toEqual(['cancelled']);
  });

  it('reads "will not take place" as a cancellation', () => {
    expect(changes('The developer forum will not take place this year.')).toEqual(['cancelled']);
  });

  it('reads "decided not to hold" as a cancellation', () => {
    expect(changes('The association decided not to hold the expo in 2026.')).toEqual(['cancelled']);
  });

  it('does not read a "will not take place" that moves the event online as a cancellation', () => {
    expect(changes('The congress will not take place in the hall but online.')).toEqual([]);
  });

  it('ignores a denied cancellation', () => {
    expect(changes('The organisers said the show will not be cancelled.')).toEqual([]);
  });

  it("ignores another edition's cancellation", () => {
    expect(changes("Unlike last year's edition, which was cancelled, the fair opened.")).toEqual(
      [],
    );
  });

  it('reads "postponed to" with its new date', () => {
    const [m] = findStatusMentions('The cloud summit has been postponed to June 5.');
    expect([m?.change, m?.newDate?.text]).toEqual(['postponed', 'June 5']);
  });

  it('takes the end of "from … to …" as the new date and its start as the old one', () => {
    const [m] = findStatusMentions('The expo was rescheduled from March 3 to June 5.');
    expect([m?.newDate?.start, m?.oldDates.length]).toEqual([{ year: null, month: 6, day: 5 }, 1]);
  });

  it('does not take the original date for the new one', () => {
    const [m] = findStatusMentions(
      'The forum, originally scheduled for May 12, has been postponed.',
    );
    expect([m?.newDate, m?.oldDates.length]).toEqual([null, 1]);
  });

  it('reads "moved to 2027" as a postponement to a year', () => {
    const [m] = findStatusMentions('The chip conference was moved to 2027.');
    expect([m?.change, m?.newDate?.start?.year]).toEqual(['postponed', 2027]);
  });

  it('reads "until next year" as a year after publication', () => {
    const [m] = findStatusMentions('The show has been delayed until next year.');
    expect(m?.newDate?.yearRelative).toBe(1);
  });

  it('ignores a postponement ruled out', () => {
    expect(changes('There are no plans to postpone the meeting.')).toEqual([]);
  });

  it('reads "will not open in April as planned" as a move, not a cancellation', () => {
    expect(
      changes('The trade fair will not open in April as planned, its organiser said.'),
    ).toEqual(['postponed']);
  });

  it('reads "will instead take place" with its range as the new dates', () => {
    const [m] = findStatusMentions('The fair will instead take place from July 13 to 17.');
    expect([m?.change, m?.newDate?.text]).toEqual(['postponed', 'July 13 to 17']);
  });

  it('reads "moved to" a date as a postponement to that date', () => {
    const [m] = findStatusMentions('The battery show has been moved to 18-20 May 2027.');
    expect([m?.change, m?.newDate?.start]).toEqual([
      'postponed',
      { year: 2027, month: 5, day: 18 },
    ]);
  });

  it('does not take the day the decision was announced for the new date', () => {
    const [m] = findStatusMentions(
      'The symposium has been postponed, the committee said on Monday.',
    );
    expect([m?.change, m?.newDate]).toEqual(['postponed', null]);
  });

  it("ignores an earlier edition's cancellation told after the wording", () => {
    expect(changes('The summit, which was cancelled last year, returns online.')).toEqual([]);
  });

  it("ignores another event's cancellation that this one follows", () => {
    expect(changes('The move follows the cancellation of the motor show last month.')).toEqual([]);
  });

  it('ignores a cancelled part of the event', () => {
    expect(changes('Several sessions were cancelled after speakers missed their flights.')).toEqual(
      [],
    );
  });

  it('ignores a postponed product launch at the event', () => {
    expect(changes('At the fair, the phone launch was postponed to June 5.')).toEqual([]);
  });

  it('reads a headline without its auxiliary', () => {
    expect(
      findStatusMentions('Drone expo cancelled over storm', true).map((m) => m.change),
    ).toEqual(['cancelled']);
  });

  it('does not read a cancelled edition named in a headline as this one', () => {
    expect(findStatusMentions('Robot fair returns after cancelled 2020 edition', true)).toEqual([]);
  });

  it('reads a bare participle as a cancellation only in a headline', () => {
    expect(changes('Drone expo cancelled over storm')).toEqual([]);
  });
});
