/** One block of a deck slide as HTML: the same content the PPTX has, for preview and PDF. */
import { BarChart, LineChart } from '@mantine/charts';
import type { DeckBlock, DeckChart } from '../../../shared/api/deckViews';
import classes from './DeckSlide.module.css';

const COLORS = ['var(--deck-accent)', '#f59f00', '#12b886', '#fa5252'];

function ChartView({ chart }: { chart: DeckChart }) {
  const data = chart.categories.map((category, i) => ({
    category,
    ...Object.fromEntries(chart.series.map((s, j) => [`s${j}`, s.values[i] ?? null])),
  }));
  const series = chart.series.map((s, j) => ({
    name: `s${j}`,
    label: s.name,
    color: COLORS[j] ?? COLORS[0],
  }));
  const domain =
    chart.min !== undefined && chart.max !== undefined && chart.unit !== 'count'
      ? { domain: [chart.min, chart.max] as [number, number] }
      : {};
  const common = {
    h: '100%',
    data,
    dataKey: 'category',
    series,
    withLegend: chart.series.length > 1,
    withTooltip: false,
    tickLine: 'none' as const,
    yAxisProps: { ...domain, allowDecimals: chart.unit !== 'count' },
  };
  return (
    <div className={classes.chart} data-testid="deck-chart">
      <div className={classes.chartTitle}>{chart.title}</div>
      <div style={{ flex: 1, minHeight: 0 }}>
        {chart.type === 'line' ? (
          <LineChart
            {...common}
            connectNulls
            curveType="linear"
            lineProps={{ isAnimationActive: false }}
          />
        ) : (
          <BarChart {...common} barProps={{ isAnimationActive: false }} />
        )}
      </div>
    </div>
  );
}

export function DeckBlockView({ block }: { block: DeckBlock }) {
  switch (block.kind) {
    case 'kpis':
      return (
        <div className={classes.kpis}>
          {block.items.map((item) => (
            <div className={classes.kpi} key={item.label}>
              <div className={classes.kpiLabel}>{item.label}</div>
              <div
                className={classes.kpiValue}
                style={item.value.length > 12 ? { fontSize: 22 } : undefined}
              >
                {item.value}
              </div>
              {item.note ? <div className={classes.kpiNote}>{item.note}</div> : null}
            </div>
          ))}
        </div>
      );
    case 'bullets':
      return (
        <div>
          {block.title ? <div className={classes.listTitle}>{block.title}</div> : null}
          <ul className={classes.list}>
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      );
    case 'table':
      return (
        <div>
          {block.title ? <div className={classes.listTitle}>{block.title}</div> : null}
          <table className={classes.table}>
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={c} className={block.numeric[i] ? classes.numeric : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} className={block.numeric[i] ? classes.numeric : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'chart':
      return <ChartView chart={block.chart} />;
    case 'quotes':
      return (
        <div className={classes.quotes}>
          {block.items.map((q, i) => (
            <div className={classes.quote} key={i}>
              <div className={classes.quoteText}>“{q.text}”</div>
              <div className={classes.quoteWho}>{q.who}</div>
            </div>
          ))}
        </div>
      );
    case 'people':
      return (
        <div className={classes.people}>
          {block.groups.map((g) => (
            <div key={g.role}>
              <div className={classes.role}>{g.role}</div>
              {g.people.map((p) => (
                <div
                  key={p.name}
                  className={`${classes.person} ${p.tone !== 'none' ? classes[p.tone] : ''}`}
                >
                  <div className={classes.personName}>{p.name}</div>
                  <div className={classes.personTitle}>{p.title}</div>
                  {p.note ? <div className={classes.personNote}>{p.note}</div> : null}
                </div>
              ))}
            </div>
          ))}
        </div>
      );
  }
}
