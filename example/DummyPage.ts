import { type Dummy } from './Dummy';

/** One page of dummies, as the function's `get_dummies` action returns it. */
export interface DummyPage {
  /** The dummies on this page. */
  data: Dummy[];
  /** Number of all matching dummies; present only when the paging asked for it. */
  total?: number;
}
