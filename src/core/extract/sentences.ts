// Splits an article body into sentences, marking photo captions and stray fragments
// (credits, section labels) so the extractor can skip them.

export type SentenceKind = 'text' | 'caption' | 'fragment';

export interface Sentence {
  text: string;
  /** 0-based position among all sentences of the body. */
  index: number;
  /** 0-based position of the non-empty line (paragraph) it came from. */
  paragraph: number;
  kind: SentenceKind;
}

const CAPTION =
  /\[(?:Photo|Image|Video)\b|\bPhoto\s*[:/]|\((?:Photo|Image)\b|\bFile photo\b|\bPhoto (?:by|provided|taken)\b|\((?:Xinhua|CFP|IC|VCG|AP|AFP|Reuters|China Daily|CNS)\/[^)]*\)|\[(?:Xinhua|CFP|IC|VCG)\]/i;

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st no nos co inc ltd corp jr sr vs etc gov sen rep gen col lt capt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'approx est dept univ assn bros fig vol pp ave blvd rd mt ft'
  ).split(' '),
);

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[("“'‘]+/, '');
  if (bare.includes('.')) return true;
  if (/^[A-Z]$/.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

function splitLine(line: string): string[] {
  const out: string[] = [];
  // A boundary starts where its run of stops starts: a long run of dots stays linear.
  const boundary = /(?<![.!?。])[.!?。]+["”’')\]]*(?=\s+["“‘'(]?[A-Z0-9])|。/g;
  let from = 0;
  for (let m = boundary.exec(line); m !== null; m = boundary.exec(line)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.')) {
      const before = line.slice(from, m.index);
      const lastWord = before.slice(before.lastIndexOf(' ') + 1);
      if (isAbbreviation(lastWord)) continue;
    }
    const piece = line.slice(from, end).trim();
    if (piece !== '') out.push(piece);
    from = end;
  }
  const rest = line.slice(from).trim();
  if (rest !== '') out.push(rest);
  return out;
}

const SIX_WORDS = /^(?:\S+\s+){5}\S/;

function lineKind(line: string): SentenceKind {
  if (CAPTION.test(line)) return 'caption';
  if (!SIX_WORDS.test(line) && !/[.!?。]["”’')]*$/.test(line)) return 'fragment';
  return 'text';
}

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    const kind = lineKind(line);
    for (const text of splitLine(line)) {
      sentences.push({ text, index: sentences.length, paragraph, kind });
    }
    paragraph += 1;
  }
  return sentences;
}
