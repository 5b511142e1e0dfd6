// Administration: what other features use of it.
export { AdminOnly } from './components/AdminOnly';
