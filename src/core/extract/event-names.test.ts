import { describe, expect, it } from 'vitest';
import { coreOf, findNameMentions } from './event-names.ts';
import { capitalisedRuns, tokenize } from './tokens.ts';

function names(sentence: string) {
  const tokens = tokenize(sentence);
  return findNameMentions(sentence, tokens, capitalisedRuns(sentence, tokens));
}

describe('findNameMentions', () => {
  it('reads an acronym followed by a region word as a name', () => {
    expect(names('The organizers of ZYX Asia postponed the show.')[0]?.name).toBe('ZYX Asia');
  });

  it('reads names ending in "Day", "Meetup" or a word of another language', () => {
    const found = [
      'The Exampleton Cloud Native Day returns.',
      'The Kansai Robotics Meetup starts soon.',
      'El Foro Andino de Datos opened.',
    ].map((t) => names(t)[0]?.name);
    expect(found).toEqual([
      'Exampleton Cloud Native Day',
      'Kansai Robotics Meetup',
      'Foro Andino de Datos',
    ]);
  });

  it('does not read a holiday or a bare "Demo Day" as an event', () => {
    const found = ['Shops close on National Day.', 'It was Demo Day for the class.'].map((t) =>
      names(t).filter((n) => !n.organisation),
    );
    expect(found).toEqual([[], []]);
  });

  it('leaves a place before "for the" out of the name', () => {
    expect(names('They meet in Utrecht for the Quantum Software Days.')[0]?.name).toBe(
      'Quantum Software Days',
    );
  });

  it('does not read a place written in capitals as an acronym and its city', () => {
    expect(names('NEW DELHI, Oct 26 The seventh edition opened.')).toEqual([]);
  });

  it('keeps the words after an event word joined by a connector in another language', () => {
    expect(names('Le Salon du Numérique 2025 opened in Lyon.')[0]?.name).toBe(
      'Salon du Numérique 2025',
    );
  });

  it('keeps a region word after the event word, not taking the name for a body', () => {
    const [m] = names('Data Days Europe opens on March 10.');
    expect([m?.name, m?.organisation]).toEqual(['Data Days Europe', false]);
  });

  it('reads a capitalised name with its year', () => {
    expect(
      names('It opened before the 2020 World Internet Conference.').map((n) => [
        n.name,
        n.year,
        n.noun,
      ]),
    ).toEqual([['2020 World Internet Conference', 2020, 'conference']]);
  });

  it('includes a lower-case ordinal before the name', () => {
    expect(names('The second World Metaverse Conference started.')[0]?.name).toBe(
      'second World Metaverse Conference',
    );
  });

  it('includes a place in parentheses after the name', () => {
    expect(names('The 2023 Global Metaverse Conference (Shanghai) kicks off.')[0]?.name).toBe(
      '2023 Global Metaverse Conference (Shanghai)',
    );
  });

  it('includes a place in parentheses inside the name', () => {
    expect(
      names('The 2024 China (Nanjing) International Software Expo will be held.')[0]?.name,
    ).toBe('2024 China (Nanjing) International Software Expo');
  });

  it('records an acronym in parentheses as an alias', () => {
    expect(names('The World Artificial Intelligence Conference (WAIC) opened.')[0]?.alias).toBe(
      'WAIC',
    );
  });

  it('reads a name on past an acronym in parentheses when a further event word follows', () => {
    const found = names('The 2023 World Internet Conference (WIC) Wuzhen Summit opened Wednesday.');
    expect(found.map((n) => [n.name, n.noun, n.alias, n.year])).toEqual([
      ['2023 World Internet Conference (WIC) Wuzhen Summit', 'summit', 'WIC', 2023],
    ]);
  });

  it('reads a name on past an acronym in parentheses when a city follows', () => {
    expect(
      names('Crowds came to the 2024 Mobile World Congress (MWC) Shanghai exhibition.').map(
        (n) => n.name,
      ),
    ).toEqual(['2024 Mobile World Congress (MWC) Shanghai']);
  });

  it('ends a name at its acronym when a title or a person follows', () => {
    expect(
      names('The World Internet Conference (WIC) Secretary-General Ren Xianliang spoke.').map(
        (n) => n.name,
      ),
    ).toEqual(['World Internet Conference']);
  });

  it('gives a name with an inner acronym the core of the name written without it', () => {
    const [inner] = names('The World Internet Conference (WIC) Wuzhen Summit opened.');
    const [plain] = names('The World Internet Conference Wuzhen Summit opened.');
    expect(inner?.core).toBe(plain?.core);
  });

  it('does not take a lone event word capitalised at the start of a headline for a name', () => {
    expect(names('Summit on digital governance opens in Wuzhen')).toEqual([]);
    expect(names('Expo 2020 Dubai opened on Friday.').map((n) => n.name)).toEqual([
      'Expo 2020 Dubai',
    ]);
  });

  it('reads a quoted name after an event noun, with the words before the noun', () => {
    expect(
      names('The exploration and industry metaverse forum “Meta-Creation Future” was held.')[0]
        ?.name,
    ).toBe('"Meta-Creation Future" industry metaverse forum');
  });

  it('reads a quoted name before an event noun', () => {
    expect(names('The "Light of Internet" expo is held in Wuzhen.')[0]?.name).toBe(
      '"Light of Internet" expo',
    );
  });

  it('reads an acronym with a year or a city', () => {
    expect(names('CES 2024 will take place in January.')[0]?.name).toBe('CES 2024');
    expect(names('MWC Barcelona 2024 took place in February.')[0]?.name).toBe('MWC Barcelona 2024');
  });

  it('cuts a job title off the name', () => {
    expect(names('Qian Feng, Vice Chairman of the Global Digital Forum, spoke.')[0]?.name).toBe(
      'Global Digital Forum',
    );
  });

  it('flags consultative bodies and committees as organisations', () => {
    expect(
      names('He is a member of the Chinese People’s Political Consultative Conference.')[0]
        ?.organisation,
    ).toBe(true);
    expect(names('The World Internet Conference Organizing Committee said.')[0]?.organisation).toBe(
      true,
    );
  });

  it('splits two names joined by "and", but not one name or a venue containing "and"', () => {
    const two = names(
      'It opened with the China-ASEAN Expo and the China-ASEAN Business and Investment Summit.',
    );
    expect(two.map((n) => n.name)).toEqual([
      'China-ASEAN Expo',
      'China-ASEAN Business and Investment Summit',
    ]);
    expect(names('The Optics Valley Expo and Forum opened.').map((n) => n.name)).toEqual([
      'Optics Valley Expo and Forum',
    ]);
    expect(names('It was held at the National Convention and Exhibition Center.')).toEqual([]);
  });

  it('flags holidays named like festivals as not events', () => {
    const found = names('Travel rose during the Spring Festival and the National Day Golden Week.');
    expect(found.map((n) => [n.name, n.organisation])).toEqual([
      ['Spring Festival', true],
      ['National Day Golden Week', true],
    ]);
  });

  it("does not take a city's exhibition grounds for an event", () => {
    expect(names('It was held at the Singapore Expo.')).toEqual([]);
  });

  it('gives the forms of one name the same core', () => {
    expect(coreOf('second World Metaverse Conference')).toBe(
      coreOf('The World Metaverse Conference'),
    );
    expect(coreOf('2023 Global Metaverse Conference (Shanghai)')).toBe(
      'global metaverse conference',
    );
  });
});
