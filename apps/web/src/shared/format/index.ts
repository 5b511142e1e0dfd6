export { formatDate, formatDateTime } from './date';
export { formatBytes, formatNumber } from './number';
export { compareGerman, sortGerman } from './collate';
