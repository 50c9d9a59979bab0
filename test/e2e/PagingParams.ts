/** A page window, shaped like pip-services4's PagingParams as it travels in JSON. */
export interface PagingParams {
  /** Items to skip. */
  skip?: number | null;
  /** Maximum number of items to return. */
  take?: number | null;
  /** Whether to return the total number of matching items. */
  total?: boolean;
}
