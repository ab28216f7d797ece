import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../event.ts';
import { analyseSentence } from './analyse-sentence.ts';
import { datesAfterStatus, decideStatus } from './event-status.ts';
import { extractEvents } from './extract-events.ts';

interface Case {
  text: string[];
  published?: string | null;
  start?: string | null;
  end?: string | null;
  precision?: DatePrecision;
}

const decide = ({ text, published = '2026-03-10', start = null, end = null, precision }: Case) =>
  decideStatus({
    own: text.map((t, i) => analyseSentence(t, i)),
    published,
    start,
    end,
    precision: precision ?? (start === null ? 'unknown' : 'day'),
    fallbackYear: null,
  });

describe('event status', () => {
  it('is cancelled when the text says so', () => {
    expect(decide({ text: ['The drone expo has been cancelled.'] }).status).toBe('cancelled');
  });

  it('is held when a past event is reported in the past tense', () => {
    const text = ['The forum was held in the capital on Monday.'];
    expect(decide({ text, start: '2026-03-09' }).status).toBe('held');
  });

  it('is held while the event is running at publication', () => {
    const text = ['The fair runs from Thursday to Saturday.'];
    expect(decide({ text, start: '2026-03-09', end: '2026-03-11' }).status).toBe('held');
  });

  it('is planned when the event starts after publication', () => {
    const text = ['The summit will be held in October.'];
    expect(decide({ text, start: '2026-10-01', precision: 'month' }).status).toBe('planned');
  });

  it('is planned when an undated event is spoken of in the future tense', () => {
    expect(decide({ text: ['The congress is scheduled for next spring.'] }).status).toBe('planned');
  });

  it('uses the tense when the month of the event holds the publication date', () => {
    const text = ['The expo will open later this month.'];
    expect(decide({ text, start: '2026-03-01', precision: 'month' }).status).toBe('planned');
  });

  it('is held when an undated article says it took place, whatever it plans next', () => {
    const text = [
      'The first session of the robotics workshop was held at the city library.',
      'Organisers will hold more sessions.',
      'Each session will focus on one topic.',
    ];
    expect(decide({ text, published: null }).status).toBe('held');
  });

  it('is held when it opens on the day of publication', () => {
    const text = ['The design festival opens its doors on Wednesday and will run for five days.'];
    expect(decide({ text, start: '2026-03-10', end: '2026-03-14' }).status).toBe('held');
  });

  it('is held when an undated article says it begins today', () => {
    const text = [
      'A three-day robotics carnival begins today at the convention centre.',
      'Students will show drones and apps.',
      'Winners will receive grants.',
    ];
    expect(decide({ text, published: null }).status).toBe('held');
  });

  it("is not cancelled by a sentence about another year's edition", () => {
    const text = [
      'The fair will not take place this year.',
      'The next fair will be held in May 2027.',
    ];
    expect(decide({ text, start: '2027-05-01', precision: 'month' }).status).toBe('planned');
  });

  it('is held when nothing says otherwise', () => {
    expect(decide({ text: ['The forum drew 300 guests.'], published: null }).status).toBe('held');
  });

  it('is postponed, with the new date and a warning, when the text gives one', () => {
    const decision = decide({
      text: ['The robotics show has been postponed to June 5-7.'],
      start: '2026-06-05',
    });
    expect([decision.status, decision.newDate?.start, decision.newDate?.end]).toEqual([
      'postponed',
      '2026-06-05',
      '2026-06-07',
    ]);
    expect(decision.warnings[0]).toMatch(/^postponed: the date is the new one/);
  });

  it('moves the event to the new date of its postponement', () => {
    const text = ['The expo was rescheduled from April 2 to September 14.'];
    const decision = decide({ text, start: '2026-04-02' });
    const original = {
      start: '2026-04-02',
      end: null,
      precision: 'day' as const,
      evidence: null,
      warnings: [],
    };
    expect(datesAfterStatus(original, decision)).toMatchObject({
      start: '2026-09-14',
      precision: 'day',
      evidence: text[0],
    });
  });

  it('is postponed with the original date and a warning when no new date is given', () => {
    const text = ['The forum, originally scheduled for March 20, has been postponed.'];
    const decision = decide({ text, start: '2026-03-20' });
    expect([decision.status, decision.newDate]).toEqual(['postponed', null]);
    expect(decision.warnings).toEqual([
      'postponed with no new date given: the date is the original one',
    ]);
  });

  it('is held when the postponed event has since taken place', () => {
    const text = ['The postponed trade show finally opened on Monday.'];
    const decision = decide({ text, start: '2026-03-09' });
    expect(decision.status).toBe('held');
    expect(decision.warnings[0]).toMatch(/postponement is mentioned/);
  });

  it("is not cancelled by another edition's cancellation", () => {
    const text = [
      "Unlike last year's cancelled edition, the fair was held in the city centre.",
      'The fair ended on Sunday.',
    ];
    expect(decide({ text, start: '2026-03-06' }).status).toBe('held');
  });

  it('is not cancelled by a denial', () => {
    const text = ['Officials said the conference will not be cancelled despite the strike.'];
    expect(decide({ text, start: '2026-04-01' }).status).toBe('planned');
  });
});

describe('event status in extractEvents', () => {
  const article = (text: string) => ({
    file: 'inline.txt',
    title: null,
    text,
    published: '2026-03-10',
    url: null,
    outlet: null,
  });

  it('reports a cancelled event as cancelled', () => {
    const [event] = extractEvents(
      article(
        'Drone expo cancelled\n\nThe Northfield Drone Expo 2026, due to open on April 8, has been cancelled, its organisers said on Monday.',
      ),
    );
    expect(event?.status).toBe('cancelled');
  });

  it('dates a postponed event by its new date, with a warning', () => {
    const [event] = extractEvents(
      article(
        'Chip summit postponed\n\nThe Northfield Chip Summit 2026, scheduled for April 8 in Lisbon, has been postponed to September 14.',
      ),
    );
    expect([event?.status, event?.start]).toEqual(['postponed', '2026-09-14']);
    expect(event?.warnings).toContain(
      'postponed: the date is the new one the text gives (2026-09-14)',
    );
  });

  it('reports an event announced for later as planned', () => {
    const [event] = extractEvents(
      article(
        'Robot fair next month\n\nThe Northfield Robot Fair 2026 will be held on April 20-22.',
      ),
    );
    expect(event?.status).toBe('planned');
  });
});
