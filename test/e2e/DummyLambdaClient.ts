import { LambdaClient, type IContext } from '../../src';
import { type DataPage } from './DataPage';
import { type Dummy } from './Dummy';
import { type IDummyClient } from './IDummyClient';
import { type PagingParams } from './PagingParams';

/**
 * Client of the emulator's plain `dummy` function: each method sends a bare action name
 * (`get_dummies`, ...) through {@link LambdaClient.call}, inside {@link LambdaClient.instrument}
 * so it is logged, counted and traced as `dummy.<action>`.
 */
export class DummyLambdaClient extends LambdaClient implements IDummyClient {
  /**
   * Lists dummies.
   * @param context - the caller's context, or null
   * @param filter - filter on id/key/content, or null for all
   * @param paging - the page window, or null
   * @returns the page of dummies
   */
  public async getDummies(
    context: IContext | null,
    filter: Record<string, unknown> | null,
    paging: PagingParams | null,
  ): Promise<DataPage<Dummy>> {
    const timing = this.instrument(context, 'dummy.get_dummies');
    try {
      const page = await this.call<DataPage<Dummy>>('get_dummies', context, { filter, paging });
      timing.endTiming();
      return page;
    } catch (err) {
      timing.endTiming(err as Error);
      throw err;
    }
  }

  /**
   * Reads one dummy.
   * @param context - the caller's context, or null
   * @param dummyId - the dummy's id
   * @returns the dummy, or null when there is none
   */
  public async getDummyById(context: IContext | null, dummyId: string): Promise<Dummy | null> {
    const timing = this.instrument(context, 'dummy.get_dummy_by_id');
    try {
      const dummy = await this.call<Dummy | null>('get_dummy_by_id', context, { dummy_id: dummyId });
      timing.endTiming();
      return dummy;
    } catch (err) {
      timing.endTiming(err as Error);
      throw err;
    }
  }

  /**
   * Creates a dummy.
   * @param context - the caller's context, or null
   * @param dummy - the dummy to create
   * @returns the stored dummy
   */
  public async createDummy(context: IContext | null, dummy: Dummy): Promise<Dummy> {
    const timing = this.instrument(context, 'dummy.create_dummy');
    try {
      const created = await this.call<Dummy>('create_dummy', context, { dummy });
      timing.endTiming();
      return created;
    } catch (err) {
      timing.endTiming(err as Error);
      throw err;
    }
  }

  /**
   * Replaces a dummy.
   * @param context - the caller's context, or null
   * @param dummy - the new version, with an existing id
   * @returns the stored dummy, or null when no dummy has that id
   */
  public async updateDummy(context: IContext | null, dummy: Dummy): Promise<Dummy | null> {
    const timing = this.instrument(context, 'dummy.update_dummy');
    try {
      const updated = await this.call<Dummy | null>('update_dummy', context, { dummy });
      timing.endTiming();
      return updated;
    } catch (err) {
      timing.endTiming(err as Error);
      throw err;
    }
  }

  /**
   * Deletes a dummy.
   * @param context - the caller's context, or null
   * @param dummyId - the dummy's id
   * @returns the deleted dummy, or null when there was none
   */
  public async deleteDummy(context: IContext | null, dummyId: string): Promise<Dummy | null> {
    const timing = this.instrument(context, 'dummy.delete_dummy');
    try {
      const deleted = await this.call<Dummy | null>('delete_dummy', context, { dummy_id: dummyId });
      timing.endTiming();
      return deleted;
    } catch (err) {
      timing.endTiming(err as Error);
      throw err;
    }
  }
}
