import { useId } from 'react';
import {
  selectBatch,
  selectLayer,
  selectNumLayers,
  selectSample,
  selectSetLayer,
  selectSetSample,
  useGateScope,
} from '../../store';
import { useMessages } from '../../i18n';
import { diagramMessages } from './messages';

function Picker(props: {
  label: string;
  value: number;
  count: number;
  onChange: (v: number) => void;
}) {
  const id = useId();
  return (
    <div className="field diagram-picker">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {Array.from({ length: props.count }, (_, k) => (
          <option key={k} value={k}>
            {k + 1}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The "Layer" choice for stacked models and the "Sample" choice for batches; hidden when 1. */
export function ViewPickers() {
  const layers = useGateScope(selectNumLayers);
  const batch = useGateScope(selectBatch);
  const layer = useGateScope(selectLayer);
  const sample = useGateScope(selectSample);
  const setLayer = useGateScope(selectSetLayer);
  const setSample = useGateScope(selectSetSample);
  const t = useMessages(diagramMessages);
  if (layers < 2 && batch < 2) return null;
  return (
    <div className="diagram-pickers">
      {layers > 1 && <Picker label={t.layer} value={layer} count={layers} onChange={setLayer} />}
      {batch > 1 && <Picker label={t.sample} value={sample} count={batch} onChange={setSample} />}
    </div>
  );
}
