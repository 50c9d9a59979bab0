/** The entity the example's Lambda function stores. */
export interface Dummy {
  /** Unique id; the function assigns one when a new dummy has none. */
  id?: string;
  /** Business key. */
  key: string;
  /** Free text. */
  content: string;
}
