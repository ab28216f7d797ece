// Hosts and organisers: "jointly hosted by A, B, and C, and co-hosted by D" → [A, B, C, D].

const BY =
  /\b(?:(?:jointly|co-?)\s*)?(?:hosted|organi[sz]ed|sponsored|co-hosted|co-organi[sz]ed|co-sponsored|convened|held|staged|presented|initiated|produced|run)\s+(?:jointly\s+)?by\s+/gi;

const PARTNERS =
  /\s+(?:in (?:partnership|collaboration|cooperation|conjunction) with|together with|along with)\s+/g;

/** Where a list of organisers ends: the next clause, a date, a place. */
const LIST_END =
  /[.;:(—–]|,\s+(?:and\s+)?(?:co-|jointly|which|who|with|while|where|featuring|bringing|attracting|drawing|gathering|under|as|it|the (?:event|forum|conference|expo|summit))|\s+(?:on|in|at|from|with|to|under|as|since|during|which|who|where|while|through|via|starting|featuring|is|are|was|were|will|has|have|this|that)\s+/;

/** Words that make a capitalised phrase an organisation's name ("… Association for Science"). */
const ORG_WORD =
  /\b(?:Association|Institute|Academy|Ministry|Council|University|College|School|Commission|Committee|Bureau|Department|Administration|Federation|Society|Foundation|Cent(?:er|re)|Group|Company|Corporation|Agency|Office|Government|Alliance|Union|Chamber|League|Organi[sz]ation|Consortium|Laborator(?:y|ies)|Board|Authority)\b/;

/** "China Association for Science and Technology": the right side only continues the name. */
function continuesName(left: string, right: string): boolean {
  return /^[A-Z]/.test(right) && ORG_WORD.test(left) && !ORG_WORD.test(right);
}

function splitAnd(item: string): string[] {
  const at = item.indexOf(' and ');
  if (at < 0) return [item];
  const left = item.slice(0, at);
  const right = item.slice(at + 5);
  if (right.startsWith('the ') || (!left.includes(' of ') && !continuesName(left, right)))
    return [left, ...splitAnd(right)];
  const rest = splitAnd(right);
  const [head = '', ...tail] = rest;
  return [`${left} and ${head}`, ...tail];
}

function clean(name: string): string {
  return name
    .trim()
    .replace(/^(?:and|as well as)\s+/, '')
    .replace(/^the\s+/i, '')
    .replace(/[\s,]+$/, '');
}

export function findOrganisers(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(BY)) {
    const rest = sentence.slice(m.index + m[0].length).replace(PARTNERS, ', ');
    const end = LIST_END.exec(rest);
    const list = end === null ? rest : rest.slice(0, end.index);
    for (const part of list.split(/,\s*|\s+as well as\s+/)) {
      for (const name of splitAnd(clean(part)).map(clean)) {
        if (/[A-Z]/.test(name) && name.split(/\s+/).length <= 14 && !out.includes(name))
          out.push(name);
      }
    }
  }
  return out;
}
