// MapLibre draws label glyphs from local fonts (TinySDF) the first time a label needs them, on the
// page's thread: the cluster counts' digits took ~140 ms in the first draw after a large dataset
// had loaded, where canvas and WebGL run in software. Drawing them ahead, one per idle moment while
// the dataset loads, leaves that draw only the events to do.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelFonts } from './layers.ts';

/** Every character a cluster count can show ("1.2k", "57k", "345"). */
export const countCharacters = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', 'k'];

export function prewarmGlyphs(map: MapLibreMap, characters: readonly string[] = countCharacters) {
  const glyphs = map.style.glyphManager;
  const stack = labelFonts.join(',');
  const next = (k: number): void => {
    const character = characters[k];
    if (character === undefined) return;
    // A failure only means the glyph is drawn when first needed, as without this.
    glyphs.getGlyphs({ [stack]: { default: [character] } }).then(
      () => {
        whenIdle(() => {
          next(k + 1);
        });
      },
      () => undefined,
    );
  };
  whenIdle(() => {
    next(0);
  });
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
}
