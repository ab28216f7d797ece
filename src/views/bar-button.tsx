// A chart bar that is also a button: focusable, operable with Enter and Space, and clickable over
// its whole band (a zero-count bar still has a target). Used as a Recharts `shape`.
import type { KeyboardEvent, MouseEvent } from 'react';
import type { BarShapeProps } from 'recharts';

export interface BarButtonOptions {
  label: string;
  pressed: boolean;
  /** Fill of the visible bar: a colour or a CSS variable (`var(--bar)`). */
  fill: string;
  /** Dimmed: another bar is selected and this one is not. */
  muted: boolean;
  /** The bar's count written at its end (horizontal bars), as a plain SVG text: Recharts'
   * LabelList measures every new string in the DOM. */
  value?: string;
  onActivate: (extend: boolean) => void;
  /** Brushing a range across bars: the primary button went down on this bar. */
  onDragStart?: () => void;
  /** The pointer entered this bar (during a drag, it extends the range). */
  onDragOver?: () => void;
}

/** Gap between a bar's end and its value, as Recharts' label offset. */
const valueOffset = 5;

export function BarButton({ shape, options }: { shape: BarShapeProps; options: BarButtonOptions }) {
  const band = shape.background;
  const hit = {
    x: band?.x ?? shape.x,
    y: band?.y ?? shape.y,
    width: band?.width ?? shape.width,
    height: band?.height ?? shape.height,
  };
  const activate = (event: MouseEvent | KeyboardEvent) => {
    options.onActivate(event.shiftKey);
  };
  return (
    <g
      className="bar-button"
      role="button"
      tabIndex={0}
      aria-pressed={options.pressed}
      aria-label={options.label}
      data-muted={options.muted || undefined}
      onClick={activate}
      onPointerDown={(event) => {
        if (event.button === 0 && !event.shiftKey) options.onDragStart?.();
      }}
      onPointerEnter={options.onDragOver}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          activate(event);
        }
      }}
    >
      <rect className="bar-hit" {...hit} />
      <rect
        className="bar-fill"
        x={shape.x}
        y={shape.y}
        width={Math.max(0, shape.width)}
        height={Math.max(0, shape.height)}
        rx={2}
        style={{ fill: options.fill }}
      />
      <rect className="bar-focus" {...hit} rx={3} />
      {options.value !== undefined && (
        <text
          className="bar-value"
          x={shape.x + Math.max(0, shape.width) + valueOffset}
          y={shape.y + shape.height / 2}
          dy="0.355em"
          aria-hidden="true"
        >
          {options.value}
        </text>
      )}
    </g>
  );
}
