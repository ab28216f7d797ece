import { tableColumns } from './table-columns.ts';
import type { TableSort } from './table-sort.ts';

interface TableHeaderProps {
  sort: TableSort;
  onSortChange: (sort: TableSort) => void;
}

/** Column headers as sort buttons: a click or Enter sorts, a second one reverses. */
export function TableHeader({ sort, onSortChange }: TableHeaderProps) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {tableColumns.map((column) => {
          const active = sort.key === column.key;
          return (
            <th
              key={column.key}
              scope="col"
              className={column.optional ? 'event-table__optional' : undefined}
              aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button
                type="button"
                className="event-table__sort"
                onClick={() => {
                  onSortChange(
                    active
                      ? { key: column.key, dir: sort.dir === 'asc' ? 'desc' : 'asc' }
                      : { key: column.key, dir: column.firstDir },
                  );
                }}
              >
                {column.label}
                <span className="event-table__arrow" aria-hidden="true">
                  {active ? (sort.dir === 'asc' ? '\u25b2' : '\u25bc') : '\u21c5'}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
