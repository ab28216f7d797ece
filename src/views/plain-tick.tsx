// An axis tick label as one plain SVG <text>, formatted by the axis' `tickFormatter`. Recharts' own
// <Text> measures each new string in the DOM to wrap it, which forces a layout of the page on every
// filter change for labels (counts, years, months) that fit their axis and never wrap.
import type { ReactNode } from 'react';
import type { BaseTickContentProps } from 'recharts';

/** Half the cap height centres the label on its tick (`verticalAnchor="middle"`); the whole cap
 * height hangs it below (`verticalAnchor="start"`), as Recharts' <Text> does. */
const dy = { start: '0.71em', middle: '0.355em', end: '0' } as const;

export function plainTick(props: BaseTickContentProps): ReactNode {
  const value: unknown = props.payload.value;
  const label = props.tickFormatter ? props.tickFormatter(value, props.index) : String(value);
  return (
    <text
      x={props.x}
      y={props.y}
      dy={dy[props.verticalAnchor]}
      textAnchor={props.textAnchor}
      className={props.className ? `axis-tick ${props.className}` : 'axis-tick'}
    >
      {label}
    </text>
  );
}
