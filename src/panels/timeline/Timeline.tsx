import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLang, useMessages } from '../../i18n';
import { timelineMessages } from './messages';
import {
  lastComputedStep,
  outputSeries,
  selectCursor,
  selectSample,
  selectSequence,
  selectSetTimeStep,
  selectSubsteps,
  selectTrace,
  selectUnit,
  useGateScope,
} from '../../store';
import { formatValue } from '../format';
import { Sparkline } from './Sparkline';
import { sparkline } from './sparkline';
import { tokenGlyph, tokenLang, tokenSpoken } from './tokens';
import { useKeepInView } from './useKeepInView';
import './timeline.css';

/** Keys that move focus along the tokens, and where to. */
const MOVES: Record<string, (t: number, T: number) => number> = {
  ArrowLeft: (t) => t - 1,
  ArrowRight: (t) => t + 1,
  Home: () => 0,
  End: (_, T) => T - 1,
};

/** A text token: the character itself (in its language), or a visible stand-in for a space. */
function Character({ token }: { token: string }) {
  const lang = useLang();
  const glyph = tokenGlyph(token);
  if (glyph === token) return <span lang={tokenLang(token)}>{token}</span>;
  return (
    <>
      <span className="visually-hidden">{tokenSpoken(token, lang)}</span>
      <span aria-hidden="true">{glyph}</span>
    </>
  );
}

/**
 * The timeline: the input sequence as tokens (numbers or characters) under a sparkline of the
 * output h_t of the chosen unit. The current time step is marked; clicking a token, or Enter on
 * it, jumps there. Arrow keys move between tokens (one tab stop for the whole strip).
 */
export function Timeline() {
  const headingId = useId();
  const m = useMessages(timelineMessages);
  const strip = useRef<HTMLDivElement>(null);
  const sequence = useGateScope(selectSequence);
  const trace = useGateScope(selectTrace);
  const cursor = useGateScope(selectCursor);
  const substeps = useGateScope(selectSubsteps).length;
  const unit = useGateScope(selectUnit);
  const sample = useGateScope(selectSample);
  const setTimeStep = useGateScope(selectSetTimeStep);
  const [focused, setFocused] = useState<number | null>(null);

  const T = sequence.seqLen;
  const through = lastComputedStep(cursor, substeps);
  const series = useMemo(() => outputSeries(trace, unit, sample), [trace, unit, sample]);
  const geometry = useMemo(() => sparkline(series, through), [series, through]);
  const tabStop = focused ?? cursor.t;
  const isText = sequence.vocabulary !== undefined;
  useKeepInView(strip, cursor.t);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const move = MOVES[e.key];
    if (!move || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const t = Math.max(0, Math.min(T - 1, move(tabStop, T)));
    setFocused(t);
    strip.current?.querySelector<HTMLElement>(`[data-t="${t}"]`)?.focus();
  };

  const outputName = m.output(unit + 1, trace.config.numLayers > 1);
  return (
    <section className="panel timeline" aria-labelledby={headingId} data-no-swipe>
      <div className="timeline-head">
        <h2 id={headingId}>{m.title}</h2>
        <p className="timeline-legend">
          <span className="swatch done" aria-hidden="true" /> {outputName}
          <span className="swatch ahead" aria-hidden="true" /> {m.ahead}
        </p>
      </div>
      <div className="timeline-body">
        <div className="timeline-axis" aria-hidden="true">
          <span>{formatValue(geometry.domain[1])}</span>
          <span>{formatValue(geometry.domain[0])}</span>
          <span className="axis-x">{isText ? m.char : 'x'}</span>
        </div>
        <div className="timeline-strip" ref={strip}>
          <div
            className={`timeline-track${isText ? ' text' : ''}`}
            style={{ ['--steps' as string]: T }}
          >
            <Sparkline
              geometry={geometry}
              steps={T}
              current={cursor.t}
              computed={through >= cursor.t}
              label={m.sparkline(
                outputName,
                T,
                formatValue(geometry.domain[0]),
                formatValue(geometry.domain[1]),
              )}
            />
            <ol
              className="tokens"
              aria-label={m.inputSequence}
              onKeyDown={onKeyDown}
              onBlur={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget)) setFocused(null);
              }}
            >
              {sequence.tokens.map((token, t) => (
                <li key={t}>
                  <button
                    type="button"
                    data-t={t}
                    tabIndex={t === tabStop ? 0 : -1}
                    aria-current={t === cursor.t ? 'step' : undefined}
                    className={t < cursor.t ? 'past' : undefined}
                    title={isText ? undefined : token}
                    onFocus={() => setFocused(t)}
                    onClick={() => setTimeStep(t)}
                  >
                    <span className="visually-hidden">{m.timeStep(t + 1)}</span>{' '}
                    {isText ? <Character token={token} /> : token}
                  </button>
                </li>
              ))}
            </ol>
          </div>
        </div>
      </div>
    </section>
  );
}
