import { describe, expect, it } from 'vitest';
import { findThemeMentions, rankThemes, themeBySlug, themes } from './themes.ts';

const slugs = (text: string) => findThemeMentions(text).map((m) => m.slug);

describe('theme vocabulary', () => {
  it('has the themes the ingest issue asks for, each with a label and a hex colour', () => {
    for (const slug of [
      'ai',
      'aigc',
      'metaverse',
      'xr',
      'digital-twin',
      'big-data',
      'cloud',
      'computing-power',
      'blockchain',
      '5g-6g',
      'iot',
      'bci',
      'autonomous-driving',
      'robotics',
      'semiconductors',
      'cybersecurity',
      'digital-economy',
      'smart-city',
      'e-commerce',
      'fintech',
    ]) {
      expect(themeBySlug(slug)?.label, slug).toBeTruthy();
    }
    for (const t of themes) expect(t.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has unique slugs', () => {
    expect(new Set(themes.map((t) => t.slug)).size).toBe(themes.length);
  });

  it('returns undefined for an unknown slug', () => {
    expect(themeBySlug('gardening')).toBeUndefined();
  });
});

describe('findThemeMentions', () => {
  it('matches acronyms case-sensitively', () => {
    expect(slugs('AI and VR, but not ai, Ar or far')).toEqual(['ai', 'xr']);
  });

  it('matches acronyms only as whole words', () => {
    expect(slugs('MARKET, ARM, chipset, AIR')).toEqual([]);
  });

  it('matches other keywords in any case, plurals included', () => {
    expect(slugs('Digital Twins and the METAVERSE, chips')).toEqual([
      'digital-twin',
      'metaverse',
      'semiconductors',
    ]);
  });

  it('prefers the longest keyword where matches overlap', () => {
    expect(slugs('the Internet of Things and AI-generated content')).toEqual(['iot', 'aigc']);
  });

  it('does not take "intelligent" alone for AI', () => {
    expect(slugs('intelligent production lines')).toEqual([]);
  });
});

describe('rankThemes', () => {
  it("ranks an event's stated focus above a long list in a passing sentence", () => {
    const ranked = rankThemes([
      {
        text: 'The event focused on the metaverse and artificial intelligence.',
        weight: 1,
        aboutEvent: true,
      },
      {
        text: 'The policy supports VR, AR, digital twin, AI, blockchain, 5G, cloud computing and the Internet of Things.',
        weight: 1,
      },
    ]);
    expect(ranked.slice(0, 2).sort()).toEqual(['ai', 'metaverse']);
    expect(ranked).not.toContain('blockchain');
  });

  it('keeps every theme a focus sentence names, even when another theme dominates', () => {
    const sections = [
      ...Array.from({ length: 12 }, () => ({ text: 'The metaverse industry grows.', weight: 1 })),
      {
        text: 'The two-day event focused on the metaverse, AIGC and computing power.',
        weight: 1,
        aboutEvent: true,
      },
    ];
    expect(rankThemes(sections)).toEqual(['metaverse', 'aigc', 'computing-power']);
  });

  it('ignores a focus phrase in a sentence that is not about the event', () => {
    const ranked = rankThemes([
      { text: 'Metaverse Conference', weight: 3, aboutEvent: true },
      { text: 'The policy is focused on blockchain.', weight: 1 },
      ...Array.from({ length: 10 }, () => ({ text: 'The metaverse grows.', weight: 1 })),
    ]);
    expect(ranked).toEqual(['metaverse']);
  });

  it('returns nothing for a text without themes', () => {
    expect(rankThemes([{ text: 'A trade fair for furniture.', weight: 1 }])).toEqual([]);
  });
});
