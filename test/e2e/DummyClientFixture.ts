import { randomUUID } from 'node:crypto';
import { type IContext } from '../../src';
import { type Dummy } from './Dummy';
import { type IDummyClient } from './IDummyClient';

/**
 * The CRUD scenario shared by every dummy client (plain and commandable): the same assertions run
 * against each transport. Keys are unique per run, so the scenario holds whatever else the
 * service already stores.
 */
export class DummyClientFixture {
  private readonly _client: IDummyClient;

  /**
   * Creates the fixture.
   * @param client - the opened client under test
   */
  public constructor(client: IDummyClient) {
    this._client = client;
  }

  /**
   * Creates two dummies, lists and pages them, updates one, deletes it and checks it is gone.
   * @param context - the context every call carries, or null
   * @returns a promise that resolves when every step passed
   */
  public async testCrudOperations(context: IContext | null): Promise<void> {
    const run = randomUUID();
    const dummy1: Dummy = { key: `${run}-1`, content: 'Content 1' };
    const dummy2: Dummy = { key: `${run}-2`, content: 'Content 2' };

    // Create
    const created1 = await this._client.createDummy(context, dummy1);
    expect(created1).toMatchObject(dummy1);
    expect(typeof created1.id).toBe('string');
    const created2 = await this._client.createDummy(context, dummy2);
    expect(created2).toMatchObject(dummy2);
    expect(created2.id).not.toBe(created1.id);
    const id1 = created1.id as string;
    const id2 = created2.id as string;

    // List: both are there, and the total is returned when asked for
    const all = await this._client.getDummies(context, null, { skip: 0, take: 100, total: true });
    expect(all.data).toEqual(expect.arrayContaining([created1, created2]));
    expect(all.total).toBeGreaterThanOrEqual(2);

    // Filter and page
    const byKey = await this._client.getDummies(context, { key: dummy2.key }, null);
    expect(byKey.data).toEqual([created2]);
    expect(byKey.total).toBeUndefined();
    const onePage = await this._client.getDummies(context, { content: 'Content' }, { skip: 0, take: 1, total: true });
    expect(onePage.data).toHaveLength(1);
    expect(onePage.total).toBeGreaterThanOrEqual(2);

    // Read
    expect(await this._client.getDummyById(context, id1)).toEqual(created1);

    // Update
    const updated = await this._client.updateDummy(context, { ...created1, content: 'Updated Content 1' });
    expect(updated).toEqual({ id: id1, key: dummy1.key, content: 'Updated Content 1' });
    expect(await this._client.getDummyById(context, id1)).toEqual(updated);

    // Delete
    expect(await this._client.deleteDummy(context, id1)).toEqual(updated);
    expect(await this._client.getDummyById(context, id1)).toBeNull();
    expect(await this._client.getDummyById(context, id2)).toEqual(created2);
    expect(await this._client.deleteDummy(context, id2)).toEqual(created2);
  }

  /**
   * Checks the answers for dummies that do not exist: null for read, update and delete.
   * @param context - the context every call carries, or null
   * @returns a promise that resolves when every step passed
   */
  public async testMissingDummies(context: IContext | null): Promise<void> {
    const missing = `missing-${randomUUID()}`;
    expect(await this._client.getDummyById(context, missing)).toBeNull();
    expect(await this._client.updateDummy(context, { id: missing, key: 'k', content: 'c' })).toBeNull();
    expect(await this._client.deleteDummy(context, missing)).toBeNull();
    const page = await this._client.getDummies(context, { key: missing }, { total: true });
    expect(page).toEqual({ data: [], total: 0 });
  }

  /**
   * Creates a dummy with a caller-chosen id and reads it back by that id.
   * @param context - the context every call carries, or null
   * @returns a promise that resolves when every step passed
   */
  public async testCallerAssignedId(context: IContext | null): Promise<void> {
    const dummy: Dummy = { id: `id-${randomUUID()}`, key: 'own-id', content: 'kept' };
    expect(await this._client.createDummy(context, dummy)).toEqual(dummy);
    expect(await this._client.getDummyById(context, dummy.id as string)).toEqual(dummy);
    expect(await this._client.deleteDummy(context, dummy.id as string)).toEqual(dummy);
  }
}
