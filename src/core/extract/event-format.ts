// In person, online or both, from what the article says about how the event was held.
// "Held online" makes an event online even when a host city is named; online parts of an event
// held somewhere ("some of the activities are being held online", "livestreamed", "joined via
// video link") make it hybrid.
import type { EventFormat } from '../event.ts';

export interface FormatSignals {
  hybrid: boolean;
  /** The whole event was online: "was held online", "a virtual summit", "a webinar". */
  onlineOnly: boolean;
  /** Some of it was online: streams, video links, remote participants. */
  online: boolean;
  onsite: boolean;
}

const HYBRID =
  /\b(?:(?:goes|go|went|going|gone|turns|turned) hybrid|hybrid (?:format|event|mode|model|conference|forum|summit)|in a hybrid|both online and offline|both offline and online|online and offline|offline and online|online-offline|online-and-offline|offline-online|in-person and online|online and in-person|in person and online|online and on-?site|on-?site and online)\b/i;
const ONLINE_ONLY =
  /\b(?:(?:held|conducted|hosted|staged|took place|taking place|organi[sz]ed|run) (?:entirely |fully |exclusively |completely |wholly )?(?:online|virtually)|online-only|virtual (?:event|conference|forum|summit|meeting|expo|exhibition)|online (?:event|conference|forum|summit|expo|exhibition|meeting)|(?:in|via) (?:a |an )?(?:online|virtual) format|webinar|cloud exhibition|(?:held|hosted|staged) (?:on|in) the cloud|(?:online|virtual)(?:-only)? edition|(?:went|goes|going|gone|moved|moves|moving|switched|shifted) (?:fully |entirely |completely )?(?:online|virtual)|(?:all|fully|entirely|purely)-? ?(?:virtual|online) (?:event|conference|forum|summit|meeting|expo|exhibition|edition|format))\b/i;
const ONLINE_PART =
  /\b(?:livestream(?:ed|s)?|live-stream(?:ed|s)?|live stream(?:ed|s)?|streamed live|(?:be|being|was|were|is|are) (?:also )?streamed|streamed (?:from|to|via|on|online)|online streams?|(?:watched|followed|viewed) (?:[\w']+ ){0,4}(?:online|streams?|streaming|livestreams?)|broadcast live|via (?:a )?video ?link|by (?:a )?video ?link|video conference|videoconference|via zoom|on zoom|(?:joined|participated|attended|took part|connected) (?:online|remotely|virtually)|remotely|online views)\b/i;
/** "Some of the activities are being held online": part of an event, not all of it. */
const PARTIAL =
  /\b(?:some|part|parts|several|certain|a number|many|most) of\b|\b(?:partly|partially|also|simultaneously|in parallel)\b/i;
const ONSITE =
  /\b(?:on-?site|offline|in person|in-person|face-to-face|(?:live|studio|packed|in-person) audience|in front of (?:an? )?(?:live )?audience|audience (?:at|in) the (?:venue|hall|auditorium|centre|center))\b/i;
/** "After two online editions, the fair returns in person": the online years are not this one. */
const BACK_ON_SITE =
  /\b(?:return(?:s|ed|ing)?|back|came back|comes back|resum(?:es|ed|ing)) (?:to (?:an? )?)?(?:in[- ]person|physical|offline|on-?site|face-to-face)\b|\bfirst (?:in-person|physical|offline|on-?site) (?:edition|event|gathering)\b/i;
/** A wish or plan for a later edition. */
const HOPED =
  /\b(?:hope|hopes|hoped|hoping|plan|plans|planned|expect|expects|would|will|next year|in (?:19|20)\d{2})\b/i;
/** "An online webinar would be held instead": something else in place of the event. */
const REPLACEMENT =
  /\b(?:a|an) (?:[\w-]+ ){0,2}(?:webinar|online (?:event|session|meeting)|virtual (?:event|session|meeting))\b[^.]*\binstead\b/i;
/** "With no audience on site", "without an in-person audience": the on-site words deny it. */
const NO_AUDIENCE =
  /\b(?:no|without(?: an?)?|not)\s+(?:[\w-]+\s+){0,2}(?:audience|attendees|visitors|spectators|on-?site|in[- ]person)\b/i;

export function formatSignals(sentence: string): FormatSignals {
  if (BACK_ON_SITE.test(sentence) && !HYBRID.test(sentence)) {
    // "They hope to return to an in-person format in 2021": the next edition, not this one.
    const later = HOPED.test(sentence);
    return { hybrid: false, onlineOnly: false, online: false, onsite: !later };
  }
  if (REPLACEMENT.test(sentence)) {
    return { hybrid: false, onlineOnly: false, online: false, onsite: false };
  }
  const onlineOnly = ONLINE_ONLY.test(sentence);
  const partial = onlineOnly && PARTIAL.test(sentence);
  const streamed = ONLINE_PART.test(sentence);
  // Streamed "with no audience on site": nobody was there, so the whole event was online.
  const noAudience = NO_AUDIENCE.test(sentence);
  return {
    hybrid: HYBRID.test(sentence),
    onlineOnly: (onlineOnly && !partial) || (streamed && noAudience),
    online: partial || streamed,
    onsite: ONSITE.test(sentence) && !noAudience,
  };
}

export function mergeSignals(all: FormatSignals[]): FormatSignals {
  return {
    hybrid: all.some((s) => s.hybrid),
    onlineOnly: all.some((s) => s.onlineOnly),
    online: all.some((s) => s.online),
    onsite: all.some((s) => s.onsite),
  };
}

/** An event placed by the text (held in/at a place) counts as held on site unless it was held online. */
export function decideFormat(signals: FormatSignals, placed: boolean): EventFormat | null {
  if (signals.hybrid || ((signals.onlineOnly || signals.online) && signals.onsite)) return 'hybrid';
  if (signals.onlineOnly) return 'online';
  // Streams and remote speakers are parts of an event held somewhere, placed or not.
  if (signals.online) return 'hybrid';
  return signals.onsite || placed ? 'in-person' : null;
}
