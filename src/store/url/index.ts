export * from './convert';
export * from './panels';
export * from './params';
export { readUrl, type UrlNoticeItem, type UrlReading } from './read';
export { reasonText, type Reason } from './reasons';
export { formatUrl, isDiscreteChange } from './write';
export { createStoreAt } from './storeAt';
export { urlDefaults } from './defaults';
