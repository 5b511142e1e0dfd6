// What other features use of the graph explorer: only the link into it (the explorer itself is a lazy page).
export { ShowInGraphLink } from './ShowInGraphLink';
