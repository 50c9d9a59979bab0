import { LambdaClient, type IContext } from 'pip-services4-lambda-client-node';
import { type Dummy } from './Dummy';
import { type DummyPage } from './DummyPage';

/**
 * A typical client for a Lambda function written with pip-services4: one typed method per action,
 * each sent with {@link LambdaClient.call} inside {@link LambdaClient.instrument}, so every call is
 * logged, counted (`dummy.<action>.exec_count`, `.exec_time`, `.exec_errors`) and traced.
 */
export class DummyLambdaClient extends LambdaClient {
  /**
   * Lists dummies.
   * @param context - the caller's context (trace id), or null
   * @param filter - e.g. `{ key: 'k1' }`, or null for all
   * @param paging - `{ skip, take, total }`, or null
   * @returns the page of dummies
   */
  public async getDummies(
    context: IContext | null,
    filter: Record<string, unknown> | null,
    paging: { skip?: number; take?: number; total?: boolean } | null,
  ): Promise<DummyPage> {
    const timing = this.instrument(context, 'dummy.get_dummies');
    try {
      const page = await this.call<DummyPage>('get_dummies', context, { filter, paging });
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
   * @returns the stored dummy, with its id
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
