import { describe, expect, it } from 'vitest';
import { parseCorpus, readCorpus } from './corpora.ts';
import { scoreToponyms } from './toponym-score.ts';

const XML = `<?xml version="1.0"?><articles>
<article docid="1"><title>T</title><text>Fire in Alexandria &amp; Pineville.</text><toponyms>
<toponym><start>8</start><end>18</end><phrase>Alexandria</phrase><gaztag geonameid="4314550"><name>Alexandria</name><fclass>P</fclass><fcode>PPL</fcode><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
<toponym><start>21</start><end>30</end><phrase>Main St.</phrase></toponym>
</toponyms></article></articles>`;

describe('toponym corpora', () => {
  it('reads text, spans and gold points, leaving out toponyms without gold', () => {
    const [article] = parseCorpus(XML);
    expect(article?.text).toBe('Fire in Alexandria & Pineville.');
    expect(article?.toponyms).toEqual([
      { phrase: 'Alexandria', start: 8, end: 18, lat: 31.3113, lon: -92.4451, featureCode: 'PPL' },
    ]);
  });

  it('says where it looked when the shared folder is absent', () => {
    const read = readCorpus('lgl.xml', new URL('file:///nowhere/'));
    expect('missing' in read && read.missing).toMatch('/nowhere/lgl.xml is absent');
  });

  it('scores within 161 km, within 5 km and counts the unplaced at half the globe', () => {
    const articles = parseCorpus(XML);
    const near = scoreToponyms(articles, () => [[-92.9, 31.3]]);
    expect(near).toMatchObject({ toponyms: 1, acc161: 1, acc5: 0, unplaced: 0 });
    const none = scoreToponyms(articles, () => [null]);
    expect(none).toMatchObject({ acc161: 0, unplaced: 1, meanKm: 20_038 });
  });
});
