import { useId, useState } from 'react';
import {
  GateScopeProvider,
  LAB_DEFAULTS,
  createGateScopeStore,
  type GateScopeInit,
  type LoadedModel,
} from './store';
import { TrainingProvider } from './panels/training/TrainingProvider';
import { LabView } from './views/LabView';
import { TrainingView } from './views/TrainingView';
import { StepperView } from './views/StepperView';

const VIEWS = [
  { id: 'stepper', label: 'Cell stepper' },
  { id: 'lab', label: 'Gradient lab' },
  { id: 'training', label: 'Training lab' },
] as const;
type ViewId = (typeof VIEWS)[number]['id'];

/**
 * The GateScope page: a header, and one widget per view (each with its own store, all kept
 * mounted so that switching views loses nothing). The page holds the stepper's store, so that
 * the training lab can hand it a trained model ("Open in stepper") and switch to it.
 */
export function App({ init }: { init?: GateScopeInit }) {
  const [view, setView] = useState<ViewId>('stepper');
  const [stepper] = useState(() => createGateScopeStore(init));
  const id = useId();
  const openInStepper = (loaded: LoadedModel) => {
    const problem = stepper.getState().loadModel(loaded);
    if (problem !== null) return problem;
    setView('stepper');
    // The button that was pressed is now hidden: focus goes to the stepper's tab.
    document.getElementById(`${id}-stepper-tab`)?.focus();
    return null;
  };
  return (
    <>
      <header className="site-header">
        <h1>GateScope</h1>
        <p className="tagline">
          Step through a recurrent cell and see every gate, the cell state and the hidden state with
          their real numbers, and watch gradients vanish or explode as you change the weights.
        </p>
        <div role="tablist" aria-label="Views" className="view-tabs">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              role="tab"
              id={`${id}-${v.id}-tab`}
              aria-selected={view === v.id}
              aria-controls={`${id}-${v.id}`}
              tabIndex={view === v.id ? 0 : -1}
              onClick={() => setView(v.id)}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                const next = VIEWS[(VIEWS.findIndex((w) => w.id === view) + 1) % VIEWS.length];
                setView(next.id);
                document.getElementById(`${id}-${next.id}-tab`)?.focus();
              }}
            >
              {v.label}
            </button>
          ))}
        </div>
      </header>
      <main>
        <section
          role="tabpanel"
          id={`${id}-stepper`}
          aria-labelledby={`${id}-stepper-tab`}
          hidden={view !== 'stepper'}
        >
          <GateScopeProvider store={stepper}>
            <StepperView />
          </GateScopeProvider>
        </section>
        <section
          role="tabpanel"
          id={`${id}-lab`}
          aria-labelledby={`${id}-lab-tab`}
          hidden={view !== 'lab'}
        >
          <GateScopeProvider init={LAB_DEFAULTS}>
            <LabView />
          </GateScopeProvider>
        </section>
        <section
          role="tabpanel"
          id={`${id}-training`}
          aria-labelledby={`${id}-training-tab`}
          hidden={view !== 'training'}
        >
          <TrainingProvider active={view === 'training'}>
            <TrainingView onOpenInStepper={openInStepper} />
          </TrainingProvider>
        </section>
      </main>
    </>
  );
}
