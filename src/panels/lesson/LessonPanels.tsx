import type { ComponentType } from 'react';
import { useMessages } from '../../i18n';
import type { LessonPanelId, LessonWorld } from '../../lessons/types';
import { CellDiagram } from '../cellDiagram/CellDiagram';
import { Controls } from '../controls/Controls';
import { FormulaPanel } from '../formula/FormulaPanel';
import { GradientNormPanel } from '../gradientLab/GradientNormPanel';
import { WhyPanel } from '../gradientLab/WhyPanel';
import { LabControls } from '../labControls/LabControls';
import { ModelSettings } from '../settings/ModelSettings';
import { StatePlots } from '../statePlots/StatePlots';
import { lessonMessages } from './messages';
import { ParamCounts } from './ParamCounts';
import { PyTorchShapes } from './PyTorchShapes';
import { TrainingResults } from './TrainingResults';
import '../gradientLab/gradientLab.css';
import '../settings/settings.css';

function Gradient() {
  const t = useMessages(lessonMessages);
  return (
    <section className="panel lab-plot" aria-label={t.gradientNorm}>
      <GradientNormPanel />
    </section>
  );
}

function Why() {
  const t = useMessages(lessonMessages);
  return (
    <section className="panel lab-plot" aria-label={t.whyItHappens}>
      <WhyPanel />
    </section>
  );
}

/** The app's panels a step can show, each on the lesson's widget store. */
const PANELS: Record<Exclude<LessonPanelId, 'training' | 'results'>, ComponentType> = {
  controls: Controls,
  diagram: CellDiagram,
  formula: FormulaPanel,
  states: StatePlots,
  gradient: Gradient,
  why: Why,
  labControls: LabControls,
  settings: ModelSettings,
  params: ParamCounts,
  pytorch: PyTorchShapes,
};

/** Panels that read the gradient lab's companion store (they need a <LabProvider>). */
export const LAB_LESSON_PANELS: readonly LessonPanelId[] = ['labControls', 'why'];

interface LessonPanelsProps {
  readonly panels: readonly LessonPanelId[];
  readonly runs: LessonWorld['runs'];
}

/** A step's panels, in its order (`training` is drawn by <LessonRuns>, which outlives steps). */
export function LessonPanels({ panels, runs }: LessonPanelsProps) {
  return (
    <>
      {panels.map((id) => {
        if (id === 'training') return null;
        if (id === 'results') return <TrainingResults key={id} runs={runs} />;
        const Panel = PANELS[id];
        return <Panel key={id} />;
      })}
    </>
  );
}
