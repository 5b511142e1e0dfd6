/** The example dataset, written by hand; keys are local names that the seed turns into stable ids. */
export interface DemoActor {
  key: string;
  name: string;
  description: string;
  website: string;
  email: string;
  /** Works across Saxony-Anhalt; then `regions` stays empty. */
  statewide?: boolean;
  categories: string[];
  fields: string[];
  regions: string[];
}

export interface DemoPerson {
  key: string;
  name: string;
  function: string;
  /** Role mailboxes only, on example domains. */
  email: string;
  phone?: string;
  actor: string;
  role: string;
}

export interface DemoChallenge {
  key: string;
  title: string;
  description: string;
  field: string;
  status: string;
  priority: string;
}

export interface DemoSolution {
  key: string;
  title: string;
  description: string;
  status: string;
  /** Challenge keys; the first is the one it was written for. */
  addresses: string[];
  carriedBy: string[];
}

export interface DemoGoodPractice {
  key: string;
  title: string;
  description: string;
  url: string;
  year: number;
  evidences: string[];
  practisedBy: string[];
}
