// In person, online or both, from what the article says about how the event was held.
import type { EventFormat } from '../event.ts';

export interface FormatSignals {
  hybrid: boolean;
  online: boolean;
  onsite: boolean;
}

const HYBRID =
  /\b(?:hybrid (?:format|event|mode|model|conference|forum|summit)|in a hybrid|both online and offline|both offline and online|online and offline|offline and online|online-offline|online-and-offline|offline-online|in-person and online|online and in-person|in person and online|online and on-?site|on-?site and online)\b/i;
const ONLINE =
  /\b(?:held online|(?:being|be|was|were|is|are) (?:held|conducted|hosted|streamed|broadcast) (?:online|virtually)|online event|virtual (?:event|conference|forum|summit|format|meeting)|virtually|via (?:a )?video ?link|by (?:a )?video ?link|video conference|videoconference|livestream(?:ed|ing)?|live-stream(?:ed|ing)?|live stream(?:ed|ing)?|streamed live|broadcast live|webinar|via zoom|on zoom|online format|cloud (?:exhibition|forum|conference|expo|summit)|online (?:exhibition|forum|conference|expo|summit|session|meeting|ceremony)|(?:joined|participated|attended|took part) (?:online|remotely|virtually)|remotely)\b/i;
const ONSITE = /\b(?:on-?site|offline|in person|in-person|face-to-face)\b/i;

export function formatSignals(sentence: string): FormatSignals {
  return {
    hybrid: HYBRID.test(sentence),
    online: ONLINE.test(sentence),
    onsite: ONSITE.test(sentence),
  };
}

export function mergeSignals(all: FormatSignals[]): FormatSignals {
  return {
    hybrid: all.some((s) => s.hybrid),
    online: all.some((s) => s.online),
    onsite: all.some((s) => s.onsite),
  };
}

/** An event placed by the text (held in/at a place) counts as held on site. */
export function decideFormat(signals: FormatSignals, placed: boolean): EventFormat | null {
  const onsite = signals.onsite || placed;
  if (signals.hybrid || (signals.online && onsite)) return 'hybrid';
  if (signals.online) return 'online';
  return onsite ? 'in-person' : null;
}
