/** A test entity kept in memory by the emulator's `dummy` and `dummy-commandable` functions. */
export interface Dummy {
  /** Unique id; the service assigns a 32-hex-digit id when a new dummy has none. */
  id?: string;
  /** Business key. */
  key: string;
  /** Free text. */
  content: string;
}
