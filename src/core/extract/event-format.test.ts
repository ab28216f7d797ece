import { describe, expect, it } from 'vitest';
import { decideFormat, formatSignals } from './event-format.ts';

const format = (sentence: string, placed: boolean) => decideFormat(formatSignals(sentence), placed);

describe('event format', () => {
  it('reads "held both online and offline" as hybrid', () => {
    expect(format('The event was held both online and offline.', false)).toBe('hybrid');
  });

  it('reads online activities at a placed event as hybrid', () => {
    expect(
      format('Some of the activities are being held online during the conference.', true),
    ).toBe('hybrid');
  });

  it('reads a livestream from a venue as hybrid', () => {
    expect(format('Keynotes will be livestreamed.', true)).toBe('hybrid');
  });

  it('reads an unplaced online event as online', () => {
    expect(format('The forum was held online due to the pandemic.', false)).toBe('online');
  });

  it('reads a placed event with no online activity as in person', () => {
    expect(format('The forum drew 300 guests.', true)).toBe('in-person');
  });

  it('says nothing when the text says nothing', () => {
    expect(format('The forum drew 300 guests.', false)).toBeNull();
  });

  it('does not take online shopping for an online event', () => {
    expect(formatSignals('Online shopping and online retail grew fast.').online).toBe(false);
  });

  it('keeps an event held online as online even when a host city is named', () => {
    expect(format('The sessions were held online and streamed to viewers worldwide.', true)).toBe(
      'online',
    );
  });

  it('reads an online part of an event held on site as hybrid', () => {
    expect(format('The expo also features an online exhibition.', true)).toBe('hybrid');
  });

  it('reads an "online edition" as online', () => {
    expect(format('This year the robotics fair ran as an online edition.', false)).toBe('online');
  });

  it('reads an event that "went virtual" as online even with a host city', () => {
    expect(format('The developer summit in the capital went fully virtual this year.', true)).toBe(
      'online',
    );
  });

  it('reads a livestream before a venue audience as hybrid, not online', () => {
    expect(format('The keynote was livestreamed to a packed audience at the venue.', false)).toBe(
      'hybrid',
    );
  });

  it('reads a return to the venue after online editions as in person', () => {
    expect(
      format('After two online editions, the expo returned to an in-person format.', true),
    ).toBe('in-person');
  });

  it('does not take a summit about cloud computing for an online event', () => {
    expect(format('The cloud summit opened in the port city on Tuesday.', true)).toBe('in-person');
  });

  it('does not take a live-streaming technology expo for a streamed event', () => {
    expect(format('The live-streaming technology expo will fill four halls.', true)).toBe(
      'in-person',
    );
  });

  it('does not take a webinar held in place of the event for the event', () => {
    expect(format('An online webinar on broadband will be held instead.', false)).toBeNull();
  });

  it('does not count a hope to return in person next year', () => {
    expect(
      formatSignals('The organisers hope to return to an in-person format in 2027.').onsite,
    ).toBe(false);
  });

  it('reads a stream with no audience on site as online', () => {
    expect(
      format('The summit will be streamed from a studio, with no audience on site.', true),
    ).toBe('online');
  });

  it('reads "goes hybrid" as hybrid', () => {
    expect(format('The developer conference goes hybrid this year.', false)).toBe('hybrid');
  });

  it('reads sessions watched on a streaming channel at a placed event as hybrid', () => {
    expect(format('A further 9,000 watched sessions on the streaming channel.', true)).toBe(
      'hybrid',
    );
  });

  it('reads a stream of an unplaced event as hybrid, not online', () => {
    expect(format('Sessions on Thursday will be streamed online.', false)).toBe('hybrid');
  });
});
