// Sizes a Recharts chart to the width of its box. Where nothing is laid out (a hidden box, or
// happy-dom in component tests, which measures every box as 0 wide) it falls back to a typical
// width rather than rendering nothing, so the bars and their buttons always exist.
import { cloneElement, useLayoutEffect, useRef, useState, type ReactElement } from 'react';

const fallbackWidth = 280;

export function ChartSize(props: {
  height: number;
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  const { height, children } = props;
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    const measure = () => {
      setWidth(Math.floor(element.clientWidth));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);

  return (
    <div ref={box} className="chart-box" style={{ height }}>
      {cloneElement(children, { width: width > 0 ? width : fallbackWidth, height })}
    </div>
  );
}
