import { useLang, useMessages } from '../../i18n';
import { modelFileMessages } from './messages';
import { useState } from 'react';
import { downloadBlob } from '../../charts/exportChart';
import {
  exportFilename,
  originText,
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
  const m = useMessages(modelFileMessages);
  const lang = useLang();
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
            {m.weights} <b>{loaded.from === 'file' ? m.imported : m.trained}</b>
            {m.origin(originText(loaded.origin, lang))}
            {m.loadedNote}
          </>
        ) : (
          <>
            {m.weights} <b>{m.generated}</b>
            {m.fromSeed}
          </>
        )}
      </p>
      <div className="model-file-buttons">
        {loaded && (
          <button type="button" onClick={unload}>
            {m.useGenerated}
          </button>
        )}
        <button type="button" onClick={() => setImporting(true)}>
          {m.importModel}
        </button>
        <button type="button" onClick={() => exportAs('weights')}>
          {m.exportModel}
        </button>
        <button type="button" onClick={() => exportAs('trace')}>
          {m.exportData}
        </button>
      </div>
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
