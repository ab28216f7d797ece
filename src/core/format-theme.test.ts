import { describe, expect, it } from 'vitest';
import { themeDisplay } from './format-theme.ts';

describe('themeDisplay', () => {
  it('reads the label and colour of a vocabulary theme', () => {
    expect(themeDisplay('metaverse')).toEqual({
      slug: 'metaverse',
      label: 'Metaverse',
      color: '#7b3fe4',
    });
  });

  it('shows an unknown slug as itself, without a colour', () => {
    expect(themeDisplay('space-elevators')).toEqual({
      slug: 'space-elevators',
      label: 'space-elevators',
      color: null,
    });
  });
});
