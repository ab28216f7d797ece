import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/load-gazetteer.ts';
import { placeFromText } from './place-from-text.ts';

const gazetteer = await loadGazetteer();

function place(sentence: string, eventName = 'The Example Summit') {
  return placeFromText({ sentences: [sentence], text: sentence, eventName }, gazetteer);
}

describe('placeFromText', () => {
  it('reads the place after "in"', () => {
    expect(place('The summit opened on Tuesday in Hamilton, New Zealand.')).toMatchObject({
      country: 'NZ',
      location_precision: 'city',
    });
  });

  it('reads a city after a venue it does not know', () => {
    expect(place('It runs at Harbour Hall Cork on the quays.')?.city).toBe('Cork');
  });

  it('does not place an event by a place inside its own name', () => {
    expect(
      place('Tickets for the Forest City Summit are on sale.', 'Forest City Summit'),
    ).toBeNull();
  });

  it('says in a warning where the place was read', () => {
    expect(place('The forum was held in Arusha.')?.warnings[0]).toContain('"Arusha"');
  });

  it('returns null when no sentence names a place', () => {
    expect(place('The forum discussed cloud computing.')).toBeNull();
  });
});

describe('placeFromText: phrases without a preposition', () => {
  it('reads a division named with its type', () => {
    expect(place("Foshan's Shunde District opens its factory labs.")?.district).toBe('Shunde');
  });

  it('does not read a weekday after "on" as a place', () => {
    expect(place('The forum opens on Monday.')).toBeNull();
  });
});

describe('placeFromText: where the place ends', () => {
  it('ends a place where a month begins', () => {
    expect(place('The fair takes place in Izmir May 3 through 5.')?.warnings[0]).toContain(
      '"Izmir"',
    );
  });
});

describe('placeFromText: listings', () => {
  it('reads the city after a dash in a listing line', () => {
    expect(place('Fintech Day — Ho Chi Minh City, 27 June. Banks meet in District 1.')?.city).toBe(
      'Ho Chi Minh City',
    );
  });
});

describe('placeFromText: a city after a country', () => {
  it('takes a later sentence’s city over an earlier sentence’s country', () => {
    const result = placeFromText(
      {
        sentences: ['The festival has been held in Austria since 1979.', 'in Linz'],
        text: 'The festival has been held in Austria since 1979.',
        eventName: 'X',
      },
      gazetteer,
    );
    expect(result?.city).toBe('Linz');
  });
});

describe('placeFromText: places that host', () => {
  it('reads the place that hosts, even when the event is named after it', () => {
    const s = 'Córdoba hosts from today the Semana del Software de Córdoba in Argentina.';
    expect(place(s, 'Semana del Software de Córdoba')).toMatchObject({ country: 'AR' });
  });

  it('reads the town of a "town of" phrase', () => {
    const s = 'The alliance has chosen the resort town of Victoria Falls to host its summit.';
    expect(place(s)?.country).toBe('ZW');
  });

  it('still ignores a place inside the event’s name after "at"', () => {
    const s = 'Founders pitched at the Forest City Tech Summit on Friday.';
    expect(place(s, 'Forest City Tech Summit')).toBeNull();
  });
});

describe('placeFromText: local governments', () => {
  it('reads the place of the council that announces the event', () => {
    const s =
      'Cork City Council is pleased to announce that the expo will take place in City Hall.';
    expect(place(s)).toMatchObject({ city: 'Cork', country: 'IE' });
  });
});

describe('placeFromText: features named like towns', () => {
  it('does not read a beach of a name as a town of that name', () => {
    const s = 'Officials will meet at the Ariyana convention centre on My Khe beach.';
    expect(place(s)).toBeNull();
  });
});

describe('placeFromText: appositions and origins', () => {
  it('reads a place introduced by an apposition', () => {
    const s = 'Xining, a city of two million on the Tibetan plateau, hosts the data-centre forum.';
    expect(place(s)?.city).toBe('Xining');
  });

  it('does not read where people come from as where the event is', () => {
    expect(place('The forum drew delegates from Kampala.')).toBeNull();
  });
});

describe('placeFromText: streets', () => {
  it('leaves the street out of a venue phrase', () => {
    const s = 'The summit runs at RBC Place London on York Street this week.';
    expect(place(s)?.warnings[0]).toBe(
      'placed by "RBC Place London", named in the text about the event',
    );
  });
});
