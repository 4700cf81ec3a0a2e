import { defineMessages } from '../../i18n';

/** The share tools' words: the Embed dialog, copying, the URL notice. */
export const shareMessages = defineMessages({
  en: {
    copyByHand: 'Copy it by hand (Ctrl+C or ⌘C):',
    embed: 'Embed',
    close: 'Close',
    embedNote: (w: number, h: number) =>
      `Put this view on a course page. The frame shows only the panels you tick, at the current settings and time step; it works from ${w}×${h} pixels up.`,
    lessonNote: (title: string, step: number, steps: number, w: number, h: number) =>
      `Put this lesson on a course page. The frame runs “${title}” from step ${step} of ${steps}, with the settings you changed in it; each step of the lesson shows its own panels, so there are none to choose. It works from ${w}×${h} pixels up.`,
    panels: 'Panels',
    size: 'Size',
    width: 'Width (px)',
    height: 'Height (px)',
    snippet: 'HTML snippet',
    copySnippet: 'Copy snippet',
    snippetCopied: 'Snippet copied',
    preview: 'Preview',
    previewTitle: 'Preview of the embed',
    noticeTitle: 'Some settings in the link were ignored; defaults are used for them.',
    ignored: (param: string, reason: string) => `Ignored ${param}: ${reason}`,
    ignoredValue: (param: string, raw: string, reason: string) =>
      `Ignored ${param}=${raw}: ${reason}`,
    dismiss: 'Dismiss',
  },
  zh: {
    copyByHand: '请手动复制（Ctrl+C 或 ⌘C）：',
    embed: '嵌入',
    close: '关闭',
    embedNote: (w, h) =>
      `把这个视图放到课程页面上。框架只显示你勾选的面板，使用当前的设置和时间步；最小尺寸为 ${w}×${h} 像素。`,
    lessonNote: (title, step, steps, w, h) =>
      `把这门课程放到课程页面上。框架从第 ${step} 步（共 ${steps} 步）开始运行“${title}”，并保留你在其中修改过的设置；课程的每一步自己决定显示哪些面板，所以这里不用选择面板。最小尺寸为 ${w}×${h} 像素。`,
    panels: '面板',
    size: '尺寸',
    width: '宽度（像素）',
    height: '高度（像素）',
    snippet: 'HTML 代码片段',
    copySnippet: '复制代码片段',
    snippetCopied: '代码片段已复制',
    preview: '预览',
    previewTitle: '嵌入效果预览',
    noticeTitle: '链接中的部分设置已被忽略，改用默认值。',
    ignored: (param, reason) => `已忽略 ${param}：${reason}`,
    ignoredValue: (param, raw, reason) => `已忽略 ${param}=${raw}：${reason}`,
    dismiss: '关闭提示',
  },
});
