import { CommandableLambdaClient, type IContext } from '../../src';
import { type DataPage } from './DataPage';
import { type Dummy } from './Dummy';
import { type IDummyClient } from './IDummyClient';
import { type PagingParams } from './PagingParams';

/**
 * Client of the emulator's `dummy-commandable` function: each method goes through
 * {@link CommandableLambdaClient.callCommand}, which sends `dummy.<command>` and instruments the call.
 */
export class DummyCommandableLambdaClient extends CommandableLambdaClient implements IDummyClient {
  /** Creates the client for the `dummy` command group. */
  public constructor() {
    super('dummy');
  }

  /**
   * Lists dummies.
   * @param context - the caller's context, or null
   * @param filter - filter on id/key/content, or null for all
   * @param paging - the page window, or null
   * @returns the page of dummies
   */
  public getDummies(
    context: IContext | null,
    filter: Record<string, unknown> | null,
    paging: PagingParams | null,
  ): Promise<DataPage<Dummy>> {
    return this.callCommand<DataPage<Dummy>>('get_dummies', context, { filter, paging });
  }

  /**
   * Reads one dummy.
   * @param context - the caller's context, or null
   * @param dummyId - the dummy's id
   * @returns the dummy, or null when there is none
   */
  public getDummyById(context: IContext | null, dummyId: string): Promise<Dummy | null> {
    return this.callCommand<Dummy | null>('get_dummy_by_id', context, { dummy_id: dummyId });
  }

  /**
   * Creates a dummy.
   * @param context - the caller's context, or null
   * @param dummy - the dummy to create
   * @returns the stored dummy
   */
  public createDummy(context: IContext | null, dummy: Dummy): Promise<Dummy> {
    return this.callCommand<Dummy>('create_dummy', context, { dummy });
  }

  /**
   * Replaces a dummy.
   * @param context - the caller's context, or null
   * @param dummy - the new version, with an existing id
   * @returns the stored dummy, or null when no dummy has that id
   */
  public updateDummy(context: IContext | null, dummy: Dummy): Promise<Dummy | null> {
    return this.callCommand<Dummy | null>('update_dummy', context, { dummy });
  }

  /**
   * Deletes a dummy.
   * @param context - the caller's context, or null
   * @param dummyId - the dummy's id
   * @returns the deleted dummy, or null when there was none
   */
  public deleteDummy(context: IContext | null, dummyId: string): Promise<Dummy | null> {
    return this.callCommand<Dummy | null>('delete_dummy', context, { dummy_id: dummyId });
  }
}
