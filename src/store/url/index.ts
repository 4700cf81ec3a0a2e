export * from './convert';
export * from './panels';
export * from './params';
export {
  checkDeviations,
  readUrl,
  refusedNotice,
  type UrlNoticeItem,
  type UrlReading,
} from './read';
export { reasonText, type Reason } from './reasons';
export { formatUrl, isDiscreteChange, type FormatOptions } from './write';
export { createStoreAt, moveStoreTo } from './storeAt';
export { urlDefaults } from './defaults';
export * from './deviations';
