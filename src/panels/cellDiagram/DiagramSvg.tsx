import type { StripPlacement } from '../../charts/stripLayout';
import { VectorStrip, type StripInspect, type StripScale } from '../../charts/VectorStrip';
import type { SubStepInfo } from '../../engine';
import { useMessages } from '../../i18n';
import { diagramMessages } from './messages';
import { OpMark, StepRegion, SvgMath, WireMark, statusOf } from './DiagramParts';
import type { Box, DiagramLayout, StripSlot } from './layout';
import { plainSymbol } from './names';
import './diagramDrawing.css';

/** One vector on the diagram, with what it shows at the cursor. */
export interface DiagramStrip {
  readonly slot: StripSlot;
  /** Its values, or null while its step is still to come. */
  readonly values: ArrayLike<number> | null;
  /** Where its cells go (n = H, or I for x_t). */
  readonly placement: StripPlacement;
  readonly scale: StripScale;
  /** What it is, in words (`forget gate`). */
  readonly meaning: string;
  /** Whether its cells are units j, so that choosing one chooses the unit. */
  readonly units: boolean;
}

export interface DiagramSvgProps {
  readonly layout: DiagramLayout;
  readonly steps: readonly SubStepInfo[];
  /** The current sub-step. */
  readonly sub: number;
  /** The drawing's accessible name. */
  readonly name: string;
  readonly strips: readonly DiagramStrip[];
  /** The chosen unit j. */
  readonly unit: number;
  readonly onSelectUnit: (j: number) => void;
  /** Hover or focus on a strip's cell; the inspect's id is the strip's quantity. */
  readonly onInspect: (inspect: StripInspect | null) => void;
  /** A key for the current step's entrance animation, or null to show it without one. */
  readonly flow: string | null;
  /** The part of the drawing to show (the viewBox). */
  readonly view: Box;
}

/**
 * A cell's diagram: the numbered step regions, wires and operations drawn as one image
 * (role img, named by `name`), and on top the vector strips, each focusable.
 */
export function DiagramSvg(props: DiagramSvgProps) {
  const { layout, steps, sub, strips, unit, flow, view } = props;
  const m = useMessages(diagramMessages);
  return (
    <svg
      className="cell-diagram-svg"
      viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
      role="group"
      aria-label={m.valuesOnDiagram}
    >
      <g className="diagram-drawing" role="img" aria-label={props.name}>
        {layout.steps.map((shape, k) => (
          <StepRegion
            key={k}
            shape={shape}
            id={steps[k].id}
            index={k}
            title={steps[k].title}
            status={statusOf(k, sub)}
            entering={flow !== null && k === sub}
          />
        ))}
        {layout.wires.map((w, k) => (
          <WireMark
            key={w.owner === sub && flow ? `${k}-${flow}` : k}
            wire={w}
            stepId={steps[w.owner]?.id}
            status={statusOf(w.owner, sub)}
            flow={flow !== null && w.owner === sub}
          />
        ))}
        {layout.nodes.map((n, k) => (
          <OpMark key={k} node={n} stepId={steps[n.owner]?.id} status={statusOf(n.owner, sub)} />
        ))}
        {strips.map(({ slot, placement }) => {
          const above = slot.labelSide === 'above';
          return (
            <text
              key={slot.quantity}
              className={`strip-label ${statusOf(slot.owner, sub)}`}
              x={above ? placement.x - 2 : placement.x - 8}
              y={above ? placement.y - 8 : placement.y + placement.layout.height / 2}
              dy={above ? 0 : '0.35em'}
              textAnchor={above ? 'start' : 'end'}
            >
              <SvgMath text={slot.symbol} />
            </text>
          );
        })}
      </g>
      {strips.map((strip) => {
        const { quantity, symbol, owner } = strip.slot;
        const status = statusOf(owner, sub);
        const entering = flow !== null && status === 'current';
        return (
          <VectorStrip
            key={entering ? `${quantity}-${flow}` : quantity}
            id={quantity}
            className={`on-diagram ${status}${entering ? ' entering' : ''}`}
            values={status === 'pending' ? null : strip.values}
            placement={strip.placement}
            scale={strip.scale}
            name={`${plainSymbol(symbol)}: ${strip.meaning}`}
            cellLabel={strip.units ? m.cellUnit(strip.meaning) : m.cellFeature(strip.meaning)}
            selected={strip.units ? unit : null}
            onSelect={strip.units ? props.onSelectUnit : undefined}
            onInspect={props.onInspect}
          />
        );
      })}
    </svg>
  );
}
