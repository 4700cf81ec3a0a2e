/**
 * The engine's import problems (`InteropProblem`) in Chinese. The English is the engine's own
 * (`problemMessage`); keys, JSON paths, shapes and PyTorch names stay as they are.
 */
import type { InteropProblem, JsonSyntax, ValueDesc } from '../engine';

/** A JSON value in Chinese: `"abc"`, `null`, `列表`, `3.5`. */
function value(v: ValueDesc): string {
  switch (v.type) {
    case 'string':
      return v.quoted;
    case 'list':
      return '列表';
    case 'object':
      return '对象';
    case 'null':
      return 'null';
    case 'literal':
      return v.text;
  }
}

function syntax(s: JsonSyntax): string {
  switch (s.what) {
    case 'trailing':
      return 'JSON 值结束之后还有多余的文本';
    case 'tooDeep':
      return `嵌套超过 ${s.max} 层`;
    case 'endsAtValue':
      return '文本在应当出现值的地方结束了';
    case 'unexpected':
      return `应当出现值的地方出现了意外的 ${s.found}`;
    case 'keyQuotes':
      return '应当是用双引号括起来的键';
    case 'colon':
      return `键 ${s.key} 之后应当是 ':'`;
    case 'endsInside':
      return `文本在${s.container === 'list' ? '列表' : '对象'}内部结束了`;
    case 'commaOrClose': {
      const what = s.close === ']' ? '列表项' : '对象的值';
      return `${what}之后应当是 ',' 或 '${s.close}'，却是 ${s.found}`;
    }
    case 'unclosedString':
      return '字符串没有闭合';
    case 'controlChar':
      return '字符串中有控制字符（例如换行）';
    case 'badEscape':
      return '字符串中有无效的转义序列';
    case 'badNumber':
      return '无效的数字';
  }
}

const SECTION_NEEDS = {
  params: '由 PyTorch 参数组成的对象',
  inputs: '包含 x、h0 和 c0 的对象',
  loss: '包含 Wout 和 target 的对象',
} as const;

const CELL_NAMES = { lstm: 'LSTM', gru: 'GRU', rnn: '普通 RNN' } as const;

/** What is wrong, after the path (the whole sentence for problems of the file as a whole). */
function problem(path: string, p: InteropProblem): string {
  switch (p.kind) {
    case 'empty':
      return '文件是空的：应当是 JSON。';
    case 'json':
      return `不是有效的 JSON：${syntax(p.syntax)}（第 ${p.line} 行，第 ${p.column} 列）。`;
    case 'unreadable':
      return '无法读取该文件（程序内部错误）。';
    case 'notObject':
      return `文件必须是由 PyTorch 参数组成的 JSON 对象，而不是${value(p.value)}。`;
    case 'notSection':
      return `是${value(p.value)}；应当是${SECTION_NEEDS[p.section]}。`;
    case 'relu':
      return `是 "${p.value}"：只支持 tanh 激活的 RNN（nn.RNN(nonlinearity='tanh')）。`;
    case 'batchFirst':
      return '为 true，但输入必须是 (seq_len, batch, …)：请转置输入并把它设为 false。';
    case 'missingX':
      return '缺失：inputs 需要 x，形状为 (seq_len, batch, input_size)。';
    case 'inputWidth':
      return `的形状是 (${p.shape.join(', ')})，但它的最后一维必须等于输入大小 ${p.inputSize}（weight_ih_l0 的列数）。`;
    case 'c0NotLstm':
      return `出现了，但只有 LSTM 才有细胞状态 c（这些权重属于${CELL_NAMES[p.cell]}）。`;
    case 'noModule':
      return (
        `${path === '' ? '文件' : path} 中没有 weight_hh_l0：应当是 nn.LSTM、nn.GRU 或 nn.RNN 的 state_dict` +
        '（weight_ih_l0、weight_hh_l0、bias_ih_l0、bias_hh_l0 等），或带有 "params" 的对象。'
      );
    case 'secondModule':
      return `是 ${p.first} 之后的第二个循环模块：请一次只导出一个模块。`;
    case 'outsidePrefix':
      return `不属于该模块：所有键都必须带有 ${p.prefix}weight_hh_l0 的前缀 "${p.prefix}"。`;
    case 'unknownKey':
      if (p.why === 'reverse') return '属于双向网络的反向部分，目前不支持。';
      if (p.why === 'projection') return '是 LSTM 的投影（proj_size > 0），目前不支持。';
      return (
        '不是 nn.LSTM、nn.GRU 或 nn.RNN 的参数' +
        '（参数名应当形如 weight_ih_l0、weight_hh_l0、bias_ih_l0、bias_hh_l0）。'
      );
    case 'missingLayer':
      return `缺失：第 ${p.layer} 层没有任何参数，但第 ${p.top} 层有（层号应为 0、1、2、…，中间不能有空缺）。`;
    case 'missing': {
      const k = p.layer;
      return p.bias
        ? `缺失：文件带有偏置，所以第 ${k} 层需要 bias_ih_l${k} 和 bias_hh_l${k} 两者。`
        : `缺失：第 ${k} 层需要 weight_ih_l${k} 和 weight_hh_l${k}。`;
    }
    case 'gateCount': {
      const { rows, hidden: H } = p;
      if (H === 0) return `的形状是 (${rows}, 0)：隐藏层大小（它的列数）必须 ≥ 1。`;
      return (
        `的形状是 (${rows}, ${H})，所以隐藏层大小是 ${H}，它的行数必须是 ` +
        `4 × ${H} = ${4 * H}（LSTM）、3 × ${H} = ${3 * H}（GRU）或 ${H}（RNN）。`
      );
    }
    case 'noInputColumns':
      return '没有列：输入大小必须 ≥ 1。';
    case 'layerWidth':
      return `的隐藏层大小是 ${p.hidden}，但第 0 层是 ${p.first}：所有层必须一致。`;
    case 'secondHead':
      return `是 ${p.head}weight 之后的第二个输出层：最多只能有一个 nn.Linear。`;
    case 'headWithoutWeight':
      return `旁边没有 ${p.weight}：nn.Linear 输出层需要它的权重。`;
    case 'shape': {
      const explain = p.meaning === undefined ? '' : `，即 ${p.meaning}`;
      return `的形状是 ${p.shape}；应为 ${p.expected}${explain}。`;
    }
    case 'notList':
      return `是${value(p.value)}；应当是形状为 ${p.expected} 的列表。`;
    case 'notListLike':
      return `是${value(p.value)}；应当是像 ${p.like} 那样有 ${p.length} 项的列表。`;
    case 'ragged':
      return `有 ${p.length} 项，但 ${p.like} 有 ${p.likeLength} 项：${p.tensor} 的各行长度必须相同。`;
    case 'notNumber':
      return `是${value(p.value)}，不是数字。`;
    case 'nonFinite':
      return `是 ${p.value}：所有值都必须是有限数。`;
  }
}

/** Problems whose sentence stands alone (it names the file or the path itself). */
const WHOLE: ReadonlySet<InteropProblem['kind']> = new Set([
  'empty',
  'json',
  'unreadable',
  'notObject',
  'noModule',
]);

/** An import problem in Chinese: the JSON path, then what is wrong. */
export function interopProblemZh(path: string, p: InteropProblem): string {
  const text = problem(path, p);
  return WHOLE.has(p.kind) ? text : `${path} ${text}`;
}
