import { defineMessages } from '../../i18n';

/** The commands' button names and help sentences (the registry in `commands.ts` keys into it). */
export const commandMessages = defineMessages({
  en: {
    reset: 'Reset',
    resetHelp: 'Reset: back to the first sub-step of time step 1',
    previousTimeStep: 'Previous time step',
    previousTimeStepHelp: 'Previous time step, at the same sub-step',
    stepBack: 'Step back',
    stepBackHelp: 'Step back one sub-step',
    play: 'Play',
    pause: 'Pause',
    togglePlayHelp: 'Play or pause, one sub-step at a time at the chosen speed',
    stepForward: 'Step forward',
    stepForwardHelp: 'Step forward one sub-step',
    nextTimeStep: 'Next time step',
    nextTimeStepHelp: 'Next time step, at the same sub-step',
    toEnd: 'Go to the end',
    toEndHelp: 'Go to the last sub-step of the last time step',
    help: 'Keyboard shortcuts',
    helpHelp: 'Show this list of keyboard shortcuts',
  },
  zh: {
    reset: '重置',
    resetHelp: '重置：回到第 1 个时间步的第一个子步骤',
    previousTimeStep: '上一个时间步',
    previousTimeStepHelp: '上一个时间步，停在同一个子步骤',
    stepBack: '后退一步',
    stepBackHelp: '后退一个子步骤',
    play: '播放',
    pause: '暂停',
    togglePlayHelp: '播放或暂停，按所选速度逐个子步骤前进',
    stepForward: '前进一步',
    stepForwardHelp: '前进一个子步骤',
    nextTimeStep: '下一个时间步',
    nextTimeStepHelp: '下一个时间步，停在同一个子步骤',
    toEnd: '跳到末尾',
    toEndHelp: '跳到最后一个时间步的最后一个子步骤',
    help: '键盘快捷键',
    helpHelp: '显示这份键盘快捷键列表',
  },
});

export type CommandWords = (typeof commandMessages)['en'];

/** The controls panel's words: fields, status, the shortcut dialog. */
export const controlsMessages = defineMessages({
  en: {
    controls: 'Controls',
    playback: 'Playback',
    cell: 'Cell',
    fromLoadedModel: 'From the loaded model',
    speed: 'Speed',
    speedOption: (v: number) => `${v} ${v === 1 ? 'sub-step' : 'sub-steps'} / s`,
    timeStep: 'Time step',
    timeStepValue: (t: number, of: number) => `${t} of ${of}`,
    substeps: 'Sub-steps of one time step',
    runInfo: (seqLen: number, hidden: number, seed: number) =>
      `${seqLen} time steps · ${hidden} hidden units · seed ${seed}`,
    /** Where playback stands: "LSTM, time step 3 of 12, step 5 of 6: new cell state". */
    announce: (cell: string, t: number, seqLen: number, sub: number, subs: number, title: string) =>
      `${cell}, time step ${t} of ${seqLen}, step ${sub} of ${subs}: ${title}`,
    shortcuts: 'Keyboard shortcuts',
    close: 'Close',
    keys: 'Keys',
    action: 'Action',
    closeDialog: 'Close this dialog',
    shortcutsNoteBefore:
      'Shortcuts work anywhere in the stepper except while a text field, list or slider has focus. In the timeline, ',
    shortcutsNoteMove: 'move between tokens and',
    shortcutsNoteAfter: 'jumps to one.',
    touch: 'Touch',
    swipe: 'Swipe left to step forward, swipe right to step back.',
    tap: 'Tap the diagram to step forward.',
  },
  zh: {
    controls: '控制',
    playback: '播放',
    cell: '单元类型',
    fromLoadedModel: '来自已载入的模型',
    speed: '速度',
    speedOption: (v) => `每秒 ${v} 个子步骤`,
    timeStep: '时间步',
    timeStepValue: (t, of) => `第 ${t} 个，共 ${of} 个`,
    substeps: '一个时间步的子步骤',
    runInfo: (seqLen, hidden, seed) =>
      `${seqLen} 个时间步 · ${hidden} 个隐藏单元 · 随机种子 ${seed}`,
    announce: (cell, t, seqLen, sub, subs, title) =>
      `${cell}，第 ${t} 个时间步（共 ${seqLen} 个），第 ${sub} 步（共 ${subs} 步）：${title}`,
    shortcuts: '键盘快捷键',
    close: '关闭',
    keys: '按键',
    action: '操作',
    closeDialog: '关闭此对话框',
    shortcutsNoteBefore: '除非焦点在文本框、列表或滑块上，快捷键在步进器中处处可用。在时间轴中，',
    shortcutsNoteMove: '在各个词元之间移动，',
    shortcutsNoteAfter: '跳到该词元。',
    touch: '触摸',
    swipe: '向左滑动前进一步，向右滑动后退一步。',
    tap: '轻触单元图前进一步。',
  },
});
