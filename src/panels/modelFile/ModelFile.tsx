import { useState } from 'react';
import { downloadBlob } from '../../charts/exportChart';
import {
  exportFilename,
  selectLoaded,
  selectUnloadModel,
  traceText,
  useGateScope,
  useGateScopeStore,
  weightsText,
} from '../../store';
import { ImportDialog } from './ImportDialog';
import './modelFile.css';

const download = (text: string, filename: string) =>
  downloadBlob(new Blob([text], { type: 'application/json' }), filename);

/**
 * Where the stepper's weights come from (generated from the seed, or loaded: then the element
 * `sourceId` says that they fix the cell, sizes, layers and bias), with "Use
 * generated weights" to go back; "Import model" (a dialog), "Export model" (weights JSON with
 * the run's input) and "Export data" (the run's trace JSON).
 */
export function ModelFile({ sourceId }: { readonly sourceId?: string }) {
  const store = useGateScopeStore();
  const loaded = useGateScope(selectLoaded);
  const unload = useGateScope(selectUnloadModel);
  const [importing, setImporting] = useState(false);
  const exportAs = (kind: 'weights' | 'trace') => {
    const s = store.getState();
    const text = kind === 'weights' ? weightsText(s) : traceText(s);
    download(text, exportFilename(s.model.config.cell, kind));
  };
  return (
    <div className="model-file">
      <p className="model-source" id={sourceId}>
        {loaded ? (
          <>
            Weights: <b>{loaded.from === 'file' ? 'imported' : 'trained'}</b> ({loaded.origin}).
            Cell, hidden size, layers and bias are the model’s.
          </>
        ) : (
          <>
            Weights: <b>generated</b> from the seed
          </>
        )}
      </p>
      <div className="model-file-buttons">
        {loaded && (
          <button type="button" onClick={unload}>
            Use generated weights
          </button>
        )}
        <button type="button" onClick={() => setImporting(true)}>
          Import model
        </button>
        <button type="button" onClick={() => exportAs('weights')}>
          Export model
        </button>
        <button type="button" onClick={() => exportAs('trace')}>
          Export data
        </button>
      </div>
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
