import { describe, expect, it } from 'vitest';
import { findOrganisers } from './organisers.ts';

describe('findOrganisers', () => {
  it('reads hosts and co-hosts, keeping "and" inside a name', () => {
    expect(
      findOrganisers(
        'The conference is jointly hosted by the China Simulation Federation, Chinese Institute of Command and Control, and the Beijing Institute of Technology, and co-hosted by the Anting Town Government.',
      ),
    ).toEqual([
      'China Simulation Federation',
      'Chinese Institute of Command and Control',
      'Beijing Institute of Technology',
      'Anting Town Government',
    ]);
  });

  it('splits two short names joined by "and" and stops at a place', () => {
    expect(
      findOrganisers('The expo was organized by CAICT and Huawei in Shenzhen on Monday.'),
    ).toEqual(['CAICT', 'Huawei']);
  });

  it('reads a leading "Organized by" clause up to the subject', () => {
    expect(
      findOrganisers(
        'Organized by the Ministry of Industry and Information Technology and the Shanghai municipal government, the conference opened.',
      ),
    ).toEqual(['Ministry of Industry and Information Technology', 'Shanghai municipal government']);
  });

  it('reads partners named with "in partnership with"', () => {
    expect(
      findOrganisers(
        'The festival, organised by the Monetary Authority of Singapore in partnership with the Global Finance & Technology Network, opened.',
      ),
    ).toEqual(['Monetary Authority of Singapore', 'Global Finance & Technology Network']);
  });

  it('reads "sponsored by" and "produced by"', () => {
    expect(
      findOrganisers(
        'The show is owned and produced by the Consumer Technology Association (CTA).',
      ),
    ).toEqual(['Consumer Technology Association']);
    expect(findOrganisers('It was sponsored by Tencent.')).toEqual(['Tencent']);
  });

  it('returns nothing when no one is named', () => {
    expect(findOrganisers('The forum was held by the lake.')).toEqual([]);
  });

  it('keeps "and" inside an organisation name that goes on after it', () => {
    expect(
      findOrganisers(
        'The forum, jointly organized by Zhejiang University and the China Association for Science and Technology, brought together about 200 scholars.',
      ),
    ).toEqual(['Zhejiang University', 'China Association for Science and Technology']);
  });

  it('still splits two organisations that each carry an organisation word', () => {
    expect(
      findOrganisers(
        'The summit was hosted by Fudan University and Shanghai Jiao Tong University.',
      ),
    ).toEqual(['Fudan University', 'Shanghai Jiao Tong University']);
  });
});
