import { Workbench } from './panels/Workbench';
import { GateScopeProvider, type GateScopeInit } from './store';

/** The GateScope page: a header and one widget with its own store. */
export function App({ init }: { init?: GateScopeInit }) {
  return (
    <>
      <header className="site-header">
        <h1>GateScope</h1>
        <p className="tagline">
          Step through a recurrent cell and see every gate, the cell state and the hidden state with
          their real numbers. The input is one period of a sine wave, x<sub>t</sub> ≈ sin(2πt/T).
        </p>
      </header>
      <main>
        <GateScopeProvider init={init}>
          <Workbench />
        </GateScopeProvider>
      </main>
    </>
  );
}
