// Everything the extractor reads from one sentence, computed once.
import {
  findDateMentions,
  findDurations,
  type DateMention,
  type DurationMention,
} from './date-mentions.ts';
import { findNameMentions, type NameMention } from './event-names.ts';
import { findGenericMentions, type GenericMention } from './generic-mentions.ts';
import { findPlaceMentions, type PlaceMention } from './place-mentions.ts';
import { tenseOf, type Tense } from './tense.ts';
import { capitalisedRuns, tokenize, type Run, type Token } from './tokens.ts';

export interface AnalysedSentence {
  text: string;
  /** -1 for the headline, then 0… for body sentences in order. */
  index: number;
  tokens: Token[];
  runs: Run[];
  names: NameMention[];
  generics: GenericMention[];
  dates: DateMention[];
  durations: DurationMention[];
  places: PlaceMention[];
  tense: Tense;
  /** Says that something takes place: "was held", "kicked off", "opens", "took place". */
  occurs: boolean;
}

export const OCCURRENCE =
  /\b(?:held|holds|hold|holding|staged|convened|hosted|opened|opens|open|opening|inaugurated|kicked off|kicks off|kick off|kicking off|began|begins|begin|started|starts|start|took place|takes place|take place|taking place|concluded|concludes|conclude|closed|closes|close|ended|ends|wrapped up|runs|ran|run|running|gathered|gathers|gathering|underway|under way|returns|returned|debuted|unfolded|came to a close|drew to a close|brought together|brings together|bringing together|attracted|drew|scheduled (?:for|to)|set for|slated for)\b/i;

export function analyseSentence(text: string, index: number): AnalysedSentence {
  const tokens = tokenize(text);
  const runs = capitalisedRuns(text, tokens);
  const names = findNameMentions(text, tokens, runs);
  return {
    text,
    index,
    tokens,
    runs,
    names,
    generics: findGenericMentions(tokens, names),
    dates: findDateMentions(text),
    durations: findDurations(text),
    places: findPlaceMentions(text, tokens, runs),
    tense: tenseOf(text),
    occurs: OCCURRENCE.test(text),
  };
}
