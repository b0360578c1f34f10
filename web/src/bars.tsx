import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';

export interface Bar {
  label: string;
  value: number;
  highlighted?: boolean;
}

/**
 * Horizontal bars drawn by Observable Plot as SVG in the page (no canvas): the SVG carries a label
 * and a description for screen readers, and the same figures are always in a table beside it.
 */
export function Bars(props: { title: string; description: string; bars: Bar[]; format: (value: number) => string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = container.current;
    if (!node) return;
    const chart = Plot.plot({
      ariaLabel: props.title,
      ariaDescription: props.description,
      marginLeft: 170,
      marginRight: 110,
      width: 640,
      height: 40 + props.bars.length * 30,
      style: { fontSize: '13px', color: '#1a1a1a', background: 'transparent' },
      x: { axis: null },
      y: { label: null, domain: props.bars.map((bar) => bar.label) },
      marks: [
        Plot.barX(props.bars, { x: 'value', y: 'label', fill: (bar: Bar) => (bar.highlighted ? '#8a3b00' : '#1f5f8b') }),
        Plot.text(props.bars, {
          x: 'value',
          y: 'label',
          text: (bar: Bar) => props.format(bar.value),
          dx: 6,
          textAnchor: 'start',
          fill: '#1a1a1a',
        }),
        Plot.ruleX([0]),
      ],
    });
    node.replaceChildren(chart);
    return () => node.replaceChildren();
  }, [props.title, props.description, props.bars, props.format]);
  return (
    <figure class="barras">
      <figcaption>{props.title}</figcaption>
      <div ref={container} />
    </figure>
  );
}
