import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { ColourLegend } from '../../charts/ColourLegend';
import { placeStrip, signedDomain } from '../../charts/stripLayout';
import type { StripInspect, StripScale } from '../../charts/VectorStrip';
import {
  selectCursor,
  selectLayer,
  selectNumLayers,
  selectSample,
  selectSeqLen,
  selectSetUnit,
  selectSubsteps,
  selectTrace,
  selectUnit,
  stepTable,
  useGateScope,
} from '../../store';
import { substepTitle, useLang, useMessages } from '../../i18n';
import { CELL_LABELS } from '../controls/announce';
import { diagramMessages } from './messages';
import { DiagramSvg, type DiagramStrip } from './DiagramSvg';
import { useFlow } from './flow';
import { focusBox, fullBox } from './focus';
import { LAYOUTS, diagramName, isGate, meaningOf } from './names';
import { StripTooltip, type TooltipState } from './StripTooltip';
import { useNarrow } from './useNarrow';
import { ViewPickers } from './ViewPickers';
import './cellDiagram.css';

const GATE_SCALE: StripScale = { kind: 'gate' };
/** Below this width (CSS px) the diagram zooms to the current step. */
const NARROW = 560;
/** Strip cells: at most this big in the drawing's units, this far apart. */
const STRIP_CELL = { maxCell: 22, gap: 3 } as const;
/** Within this distance (CSS px) of the frame's sides a tooltip is not centred on its cell. */
const EDGE = 150;

/**
 * The cell diagram panel: the current cell's drawing with every vector of the cursor's time
 * step as a strip, the current sub-step highlighted, the layer and sample choices and the
 * colour legends.
 */
export function CellDiagram() {
  const titleId = useId();
  const lang = useLang();
  const m = useMessages(diagramMessages);
  const trace = useGateScope(selectTrace);
  const cursor = useGateScope(selectCursor);
  const seqLen = useGateScope(selectSeqLen);
  const substeps = useGateScope(selectSubsteps);
  const layer = useGateScope(selectLayer);
  const sample = useGateScope(selectSample);
  const unit = useGateScope(selectUnit);
  const numLayers = useGateScope(selectNumLayers);
  const setUnit = useGateScope(selectSetUnit);
  const cell = trace.config.cell;
  const flow = useFlow(cursor, substeps.length);

  const table = useMemo(
    () => stepTable(trace, cursor, layer, sample),
    [trace, cursor, layer, sample],
  );
  // One signed scale for the whole run of this layer, so colours do not shift while stepping.
  const signed = useMemo<StripScale>(() => {
    const q = trace.layers[layer];
    const input = layer === 0 ? trace.x : trace.layers[layer - 1].h;
    const arrays = [input, trace.h0, q.h, ...(q.c && trace.c0 ? [q.c, trace.c0] : [])];
    return { kind: 'signed', m: signedDomain(arrays) };
  }, [trace, layer]);

  const layout = LAYOUTS[cell];
  const H = trace.config.hiddenSize;
  const I = layer === 0 ? trace.config.inputSize : H;
  // Where each strip's cells go depends only on the drawing and the sizes: kept across steps.
  const placements = useMemo(
    () =>
      layout.strips.map(({ quantity, box: { x, y, w, h } }) =>
        placeStrip(quantity === 'x' ? I : H, { x, y, width: w, height: h, ...STRIP_CELL }),
      ),
    [layout, H, I],
  );
  const strips = useMemo<DiagramStrip[]>(() => {
    const rows = new Map(table.groups.flatMap((g) => g.rows.map((r) => [r.quantity, r.values])));
    return layout.strips.map((slot, k) => ({
      slot,
      values: rows.get(slot.quantity) ?? null,
      placement: placements[k],
      scale: isGate(slot.quantity) ? GATE_SCALE : signed,
      meaning:
        slot.quantity === 'x' && layer > 0 ? m.inputOfLayer(layer) : meaningOf(slot.quantity, lang),
      units: slot.quantity !== 'x',
    }));
  }, [table, layout, placements, layer, signed, lang, m]);

  const frame = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<TooltipState | null>(null);
  // On a narrow screen the whole cell would be too small to read: zoom to the current step.
  const narrow = useNarrow(frame, NARROW);
  const [zoomChoice, setZoom] = useState<boolean | null>(null);
  const zoom = zoomChoice ?? narrow;
  const view = zoom ? focusBox(layout, cursor.sub) : fullBox(layout);
  const onInspect = useCallback((inspect: StripInspect | null) => {
    const box = frame.current?.getBoundingClientRect();
    if (!inspect || !box) return setTip(null);
    const r = inspect.anchor.getBoundingClientRect();
    // Near an edge the tooltip hangs inwards from the cell instead of centring on it.
    const centre = r.left + r.width / 2 - box.left;
    const align = centre < EDGE ? 'start' : centre > box.width - EDGE ? 'end' : 'middle';
    const left = { start: r.left, middle: r.left + r.width / 2, end: r.right }[align] - box.left;
    const { id, index, value } = inspect;
    setTip({ id, index, value, left, top: r.top - box.top, align });
  }, []);
  const tipStrip = tip && strips.find((s) => s.slot.quantity === tip.id);

  const name = diagramName(cell, cursor, seqLen, substeps, layer, numLayers, lang);
  const steps = useMemo(
    () => substeps.map((s) => ({ ...s, title: substepTitle(lang, cell, s.id) })),
    [substeps, lang, cell],
  );
  return (
    <section className="panel cell-diagram" aria-labelledby={titleId} data-cell={cell}>
      <div className="diagram-head">
        <h2 id={titleId}>
          {m.cellTitle(CELL_LABELS[cell])}{' '}
          <span className="diagram-where">{m.where(cursor.t + 1, seqLen)}</span>
        </h2>
        <div className="diagram-tools">
          <ViewPickers />
          {(narrow || zoom) && (
            <button type="button" aria-pressed={zoom} onClick={() => setZoom(!zoom)}>
              {m.zoom}
            </button>
          )}
        </div>
      </div>
      <div className="diagram-frame" ref={frame}>
        <DiagramSvg
          layout={layout}
          view={view}
          steps={steps}
          sub={cursor.sub}
          name={name}
          strips={strips}
          unit={unit}
          onSelectUnit={setUnit}
          onInspect={onInspect}
          flow={flow}
        />
        {tip && tipStrip && (
          <StripTooltip
            tip={tip}
            symbol={`${tipStrip.slot.symbol}[${tip.index + 1}]`}
            meaning={tipStrip.units ? m.unitOf(tipStrip.meaning, tip.index + 1) : tipStrip.meaning}
          />
        )}
      </div>
      <div className="diagram-foot">
        <ColourLegend scale={GATE_SCALE} title={m.gates} />
        <ColourLegend scale={signed} title={m.values} />
        <p className="diagram-hint">
          {m.hintBefore} <kbd>Tab</kbd> {m.hintMiddle} <kbd>←</kbd> <kbd>→</kbd> {m.hintAfter}
        </p>
      </div>
    </section>
  );
}
