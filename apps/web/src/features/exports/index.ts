// CSV export buttons of the lists.
export {
  ExportActorsButton,
  ExportChallengesButton,
  ExportGoodPracticesButton,
  ExportPersonsButton,
  ExportSolutionsButton,
} from './components/ExportButtons';
