import type { TrendSeries } from "../model/series";

const W = 96;
const H = 32;
const PAD = 4;

interface Props {
  series: TrendSeries;
  label: string;
}

/**
 * A sparkline: actual values as a solid line, a dashed line from the last actual to the computed
 * target, and a ring at the stated target. Plain SVG: a chart library would cost more than the pane.
 */
export function TrendChart({ series, label }: Props) {
  const points = [
    ...series.actuals,
    ...(series.computed ? [series.computed] : []),
    ...(series.stated ? [series.stated] : []),
  ];
  const years = points.map((p) => p.fy);
  const values = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  const [y0, y1] = [Math.min(...values), Math.max(...values)];
  const x = (fy: number) => (x1 === x0 ? W / 2 : PAD + ((fy - x0) / (x1 - x0)) * (W - 2 * PAD));
  const y = (v: number) => (y1 === y0 ? H / 2 : H - PAD - ((v - y0) / (y1 - y0)) * (H - 2 * PAD));
  const last = series.actuals[series.actuals.length - 1];
  const title = [
    ...series.actuals.map((p) => `${p.label} ${p.value}`),
    ...(series.computed ? [`→ ${series.computed.label} ${series.computed.value}`] : []),
  ].join(", ");
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} style={{ maxWidth: "100%" }} role="img" aria-label={label}>
      <title>{title}</title>
      {series.actuals.length > 1 && (
        <polyline
          data-part="actuals"
          fill="none"
          stroke="#0f6cbd"
          strokeWidth={1.5}
          points={series.actuals.map((p) => `${x(p.fy)},${y(p.value)}`).join(" ")}
        />
      )}
      {series.actuals.map((p) => (
        <circle key={p.fy} cx={x(p.fy)} cy={y(p.value)} r={2} fill="#0f6cbd" />
      ))}
      {last && series.computed && (
        <line
          data-part="path"
          x1={x(last.fy)}
          y1={y(last.value)}
          x2={x(series.computed.fy)}
          y2={y(series.computed.value)}
          stroke="#107c10"
          strokeWidth={1.5}
          strokeDasharray="3 2"
        />
      )}
      {series.computed && (
        <circle data-part="computed" cx={x(series.computed.fy)} cy={y(series.computed.value)} r={2.5} fill="#107c10" />
      )}
      {series.stated && (
        <circle
          data-part="stated"
          cx={x(series.stated.fy)}
          cy={y(series.stated.value)}
          r={3.5}
          fill="none"
          stroke="#c50f1f"
          strokeWidth={1.2}
        />
      )}
    </svg>
  );
}
