import { defineMessages } from '../i18n';

/** The page's own words: header, view tabs, language switch, share buttons. */
export const pageMessages = defineMessages({
  en: {
    tagline:
      'Step through a recurrent cell and see every gate, the cell state and the hidden state with their real numbers, and watch gradients vanish or explode as you change the weights.',
    views: 'Views',
    stepper: 'Cell stepper',
    lab: 'Gradient lab',
    training: 'Training lab',
    lessons: 'Lessons',
    language: 'Language',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    linkCopiedNoModel:
      'Link copied. It holds the settings, not the loaded model: use Export model to share the weights.',
    embed: 'Embed',
    loading: (view: string) => `Loading ${view}…`,
  },
  zh: {
    tagline:
      '逐步运行一个循环神经网络单元，查看每个门、细胞状态和隐藏状态的真实数值；改变权重，观察梯度如何消失或爆炸。',
    views: '视图',
    stepper: '单元步进器',
    lab: '梯度实验室',
    training: '训练实验室',
    lessons: '课程',
    language: '语言',
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    linkCopiedNoModel:
      '链接已复制。链接只包含设置，不包含已加载的模型：要分享权重，请使用“导出模型”。',
    embed: '嵌入',
    loading: (view) => `正在加载${view}…`,
  },
});
