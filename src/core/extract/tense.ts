// The grammatical time of a clause, used to resolve "on Friday" and dates without a year.

export type Tense = 'past' | 'present' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|shall|is (?:set|scheduled|expected|slated|due|going) to|are (?:set|scheduled|expected|slated|due|going) to|is scheduled for|are scheduled for|to be held|upcoming|forthcoming|plans? to hold)\b/i;
// Plural subjects ("the Days open on Wednesday") take the bare verb: only its unambiguous uses.
const PRESENT =
  /\b(?:opens|kicks off|begins|starts|is (?:being )?held|are (?:being )?held|runs|lasts|continues|is underway|is under way|is taking place|takes place|gathers|brings|features|closes|concludes|ends|open (?:on|in|at|this|next|today|tomorrow)|kick off|begin|take place|are taking place|are under ?way|run (?:from|until|through|to|on))\b/i;
const PAST =
  /\b(?:was|were|had|has been|have been|opened|kicked off|began|started|took place|concluded|closed|ended|wrapped up|gathered|attended|drew|held|ran|lasted|launched|unveiled|staged|convened|featured|brought|showcased|attracted|hosted|organized|organised|saw)\b/i;

/** "is held", "are hosted": present passives whose participle would otherwise read as past. */
const PRESENT_PASSIVE =
  /\b(?:is|are)\s+(?:(?:being|usually|always|now|also|traditionally)\s+)?(?:held|hosted|staged|organi[sz]ed|convened|attended|launched|showcased|featured)\b/gi;

/** The tense of the words just before `index` ("… and runs until"), or unknown. */
export function tenseBefore(text: string, index: number): Tense {
  const clause =
    text
      .slice(Math.max(0, index - 40), index)
      .split(/[,;]|\band\b/)
      .at(-1) ?? '';
  return tenseOf(clause);
}

export function tenseOf(clause: string): Tense {
  if (FUTURE.test(clause)) return 'future';
  if (PAST.test(clause.replace(PRESENT_PASSIVE, ' '))) return 'past';
  if (PRESENT.test(clause)) return 'present';
  return 'unknown';
}
