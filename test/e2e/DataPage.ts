/** One page of results, shaped like pip-services4's DataPage. */
export interface DataPage<T> {
  /** The items on this page. */
  data: T[];
  /** Number of all matching items; present only when the paging asked for it. */
  total?: number;
}
