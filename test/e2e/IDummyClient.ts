import { type IContext } from '../../src';
import { type DataPage } from './DataPage';
import { type Dummy } from './Dummy';
import { type PagingParams } from './PagingParams';

/** CRUD operations on dummies, implemented by every dummy client the fixture drives. */
export interface IDummyClient {
  /**
   * Lists dummies.
   * @param context - the caller's context (trace id), or null
   * @param filter - exact-match filter on `id` and `key`, substring match on `content`; null for all
   * @param paging - the page window, or null for the service default
   * @returns the page of dummies
   */
  getDummies(context: IContext | null, filter: Record<string, unknown> | null, paging: PagingParams | null): Promise<DataPage<Dummy>>;

  /**
   * Reads one dummy.
   * @param context - the caller's context, or null
   * @param dummyId - the dummy's id
   * @returns the dummy, or null when there is none
   */
  getDummyById(context: IContext | null, dummyId: string): Promise<Dummy | null>;

  /**
   * Creates a dummy.
   * @param context - the caller's context, or null
   * @param dummy - the dummy; an id is assigned when it has none
   * @returns the stored dummy
   */
  createDummy(context: IContext | null, dummy: Dummy): Promise<Dummy>;

  /**
   * Replaces a dummy.
   * @param context - the caller's context, or null
   * @param dummy - the new version, with the id of an existing dummy
   * @returns the stored dummy, or null when no dummy has that id
   */
  updateDummy(context: IContext | null, dummy: Dummy): Promise<Dummy | null>;

  /**
   * Deletes a dummy.
   * @param context - the caller's context, or null
   * @param dummyId - the dummy's id
   * @returns the deleted dummy, or null when there was none
   */
  deleteDummy(context: IContext | null, dummyId: string): Promise<Dummy | null>;
}
