/** Text inputs offered by the sequence editor, one-hot per character. */
export const TEXT_PRESETS = {
  /** English: a turn in the middle, where a trained forget gate would drop what came before. */
  en: 'the sky was clear but then it rained',
  /** Chinese: 但是 ("but") turns the sentence; a trained forget gate would drop its memory there. */
  zh: '今天天气很好，但是我不想出门。',
} as const;
