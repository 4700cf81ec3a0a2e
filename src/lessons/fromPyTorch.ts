import type { Lesson } from './types';

/**
 * Lesson 5: the PyTorch call, the shapes of the lesson's current model (the `pytorch` panel reads
 * them from the engine's parameters and the run), and importing your own weights.
 */
export const fromPyTorch: Lesson = {
  id: 'from-pytorch',
  title: { en: 'Using them from PyTorch', zh: '在 PyTorch 中使用它们' },
  summary: {
    en: '`output, (h_n, c_n) = lstm(x, (h0, c0))`, the shapes, and loading your own weights.',
    zh: '`output, (h_n, c_n) = lstm(x, (h0, c0))`、张量形状，以及载入你自己的权重。',
  },
  base: { cell: 'lstm', hiddenSize: 4, numLayers: 1 },
  steps: [
    {
      id: 'call',
      title: { en: 'One call runs the whole sequence', zh: '一次调用运行整个序列' },
      body: [
        {
          en: 'PyTorch’s `nn.LSTM` runs every time step in one call. `output` holds the hidden state h_t of the top layer at every step; `h_n` and `c_n` hold the last hidden state and cell state of every layer.',
          zh: 'PyTorch 的 `nn.LSTM` 一次调用就跑完所有时间步。`output` 是顶层在每一步的隐藏状态 h_t；`h_n` 和 `c_n` 是每一层最后的隐藏状态和细胞状态。',
        },
        {
          en: 'Without `batch_first=True` the time axis comes first. The table gives the shapes for the model shown here: 12 steps of a sine, batch 1, input size 1, hidden size 4.',
          zh: '不设 `batch_first=True` 时，时间维在最前面。表中给出此处模型的形状：12 步正弦输入，批大小 1，输入大小 1，隐藏层大小 4。',
        },
      ],
      code: [
        'lstm = torch.nn.LSTM(input_size=1, hidden_size=4, num_layers=1)',
        'output, (h_n, c_n) = lstm(x, (h0, c0))',
      ].join('\n'),
      setup: { panels: ['pytorch'] },
    },
    {
      id: 'layers',
      title: { en: 'Layers: (num_layers, batch, hidden)', zh: '层数：(num_layers, batch, hidden)' },
      body: [
        {
          en: 'With two layers, `h0`, `c0`, `h_n` and `c_n` get a first axis of 2: one row per layer. `output` still has the top layer only. Layer 2 reads layer 1’s h, so its `weight_ih_l1` has H columns.',
          zh: '两层时，`h0`、`c0`、`h_n` 和 `c_n` 的第一维变成 2：每层一行。`output` 仍然只有顶层。第 2 层读入第 1 层的 h，所以它的 `weight_ih_l1` 有 H 列。',
        },
      ],
      code: 'lstm = torch.nn.LSTM(input_size=1, hidden_size=4, num_layers=2)',
      setup: { settings: { numLayers: 2 }, panels: ['pytorch', 'settings'] },
      task: {
        prompt: {
          en: 'Set Layers to 3 in the model settings: the shapes follow.',
          zh: '在模型设置中把“层数”改为 3：形状随之改变。',
        },
        done: ({ widget }) => widget.settings.numLayers === 3,
      },
    },
    {
      id: 'gru-rnn',
      title: { en: 'GRU and RNN: no c', zh: 'GRU 和 RNN：没有 c' },
      body: [
        {
          en: '`nn.GRU` and `nn.RNN` have no cell state: they take and return h alone. Their weights have 3H and H rows where the LSTM’s have 4H.',
          zh: '`nn.GRU` 和 `nn.RNN` 没有细胞状态：输入和返回的都只有 h。它们的权重分别有 3H 和 H 行，而 LSTM 有 4H 行。',
        },
      ],
      code: 'gru = torch.nn.GRU(input_size=1, hidden_size=4)\noutput, h_n = gru(x, h0)',
      setup: { settings: { cell: 'gru' }, panels: ['pytorch'] },
    },
    {
      id: 'import',
      title: { en: 'Load your own weights', zh: '载入你自己的权重' },
      body: [
        {
          en: 'Save a trained module’s `state_dict()` as JSON with the lines below, then choose Import model in the model settings and pick the file. GateScope reads the cell, sizes and layers from the shapes, and every panel runs your weights.',
          zh: '用下面几行代码把训练好的模块的 `state_dict()` 存为 JSON，然后在模型设置中点“导入模型”选择该文件。GateScope 会根据形状推断单元类型、尺寸和层数，所有面板都会使用你的权重。',
        },
        {
          en: 'The Cell stepper has the same Import model button, and Export model writes the weights back in the same format.',
          zh: '单元步进器中也有同样的“导入模型”按钮，“导出模型”则按同样的格式把权重写回文件。',
        },
      ],
      code: [
        'import json',
        "json.dump({k: v.tolist() for k, v in lstm.state_dict().items()}, open('weights.json', 'w'))",
      ].join('\n'),
      setup: { panels: ['pytorch', 'settings'] },
    },
  ],
};
