// The change history of a record, shown on its page.
export { HistoryCard } from './components/HistoryCard';
