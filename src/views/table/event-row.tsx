import { memo } from 'react';
import type { EventFeature } from '../../core/event.ts';
import { formatEventDate } from '../../core/format-date.ts';
import { placeLabel } from '../../core/format-place.ts';
import { themeDisplay } from '../../core/format-theme.ts';

interface EventRowProps {
  feature: EventFeature;
  /** Position in the sorted rows; the header is row 1 of `aria-rowcount`. */
  pos: number;
  selected: boolean;
  tabbable: boolean;
}

const numberFormat = new Intl.NumberFormat('en');

/** One event as a table row. Events the map cannot show stay listed, marked as such. */
export const EventRow = memo(function EventRow({
  feature,
  pos,
  selected,
  tabbable,
}: EventRowProps) {
  const p = feature.properties;
  const date = formatEventDate(p.start, p.end, p.date_precision);
  const undated = date === 'Undated';
  const place = placeLabel(p);
  return (
    <tr
      className={selected ? 'event-table__row is-selected' : 'event-table__row'}
      data-pos={pos}
      aria-rowindex={pos + 2}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
    >
      <td title={undated ? undefined : date}>
        {undated ? <span className="event-table__flag">Undated</span> : date}
      </td>
      <td title={p.name}>
        {p.name}
        {p.role === 'mentioned' && <span className="event-table__flag">mentioned</span>}
      </td>
      <td title={place ?? undefined}>
        {feature.geometry === null && <span className="event-table__flag">not on map</span>}
        {place ??
          (feature.geometry === null ? (
            ''
          ) : (
            <span className="event-table__muted">Unknown place</span>
          ))}
      </td>
      <td>
        {p.themes.map((slug) => {
          const theme = themeDisplay(slug);
          return (
            <span key={slug} className="event-table__theme">
              <span
                className="event-table__swatch"
                style={{ background: theme.color ?? 'transparent' }}
                aria-hidden="true"
              />
              <span className="event-table__theme-label">{theme.label}</span>
            </span>
          );
        })}
      </td>
      <td className="event-table__optional">{p.format ?? ''}</td>
      <td className="event-table__optional event-table__number">
        {p.participants === null ? '' : numberFormat.format(p.participants)}
      </td>
    </tr>
  );
});
