// Sizes a Recharts chart: to its box (ResponsiveContainer) in the app, or to a fixed width where
// nothing is laid out (happy-dom in component tests reports every box as 0 × 0).
import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export function ChartSize(props: {
  width: number | undefined;
  height: number;
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  const { width, height, children } = props;
  if (width !== undefined) return cloneElement(children, { width, height });
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 300, height }}>
      {children}
    </ResponsiveContainer>
  );
}
