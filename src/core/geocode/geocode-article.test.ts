import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/load-gazetteer.ts';
import { geocodeArticle } from './geocode-article.ts';

const gazetteer = await loadGazetteer();

describe('geocodeArticle', () => {
  it('places a name where the article’s other places are', () => {
    const text =
      'Three people of Paris were injured on Friday; one was flown to a hospital in Dallas.';
    const [paris, dallas] = geocodeArticle(['Paris', 'Dallas'], text, gazetteer);
    expect(dallas?.province).toBe('Texas');
    expect(paris?.province).toBe('Texas');
  });

  it('does not let one place of a spread-out article pull a big namesake to its state', () => {
    const names = ['New York', 'Los Angeles', 'Washington', 'Chicago', 'Atlanta'];
    const text = `Flights will link ${names.join(', ')} with the capital.`;
    const atlanta = geocodeArticle(names, text, gazetteer).at(-1);
    expect(atlanta?.province).toBe('Georgia');
  });

  it('keeps a name in its big namesake when the article names nothing near a small one', () => {
    const [moscow] = geocodeArticle(['Moscow', 'Russia'], 'Talks in Moscow, Russia.', gazetteer);
    expect(moscow?.country).toBe('RU');
  });
});
