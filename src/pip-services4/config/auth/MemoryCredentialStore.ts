/** @module auth */
import { type IContext } from '../../components/context/IContext';
import { type ConfigParams } from '../../components/config/ConfigParams';
import { type IReconfigurable } from '../../components/config/IReconfigurable';
import { CredentialParams } from './CredentialParams';
import { type ICredentialStore } from './ICredentialStore';

/**
 * Credential store that keeps credentials in memory.
 *
 * ### Configuration parameters
 * - `<key>.*`: the credential parameters stored under `<key>` (one entry per first-level section;
 *   a key without any values is skipped).
 *
 * @example
 * ```ts
 * const store = new MemoryCredentialStore(ConfigParams.fromTuples('key1.user', 'jdoe', 'key1.pass', 'pass123'));
 * await store.lookup(null, 'key1'); // user=jdoe;pass=pass123
 * ```
 */
export class MemoryCredentialStore implements ICredentialStore, IReconfigurable {
    private _items = new Map<string, CredentialParams>();

    /**
     * Creates the store.
     *
     * @param config - (optional) credentials to read, see {@link MemoryCredentialStore.readCredentials}.
     */
    public constructor(config: ConfigParams | null = null) {
        if (config != null) {
            this.configure(config);
        }
    }

    /**
     * Replaces the stored credentials with those in the configuration.
     *
     * @param config - each first-level section is a key, its values the credentials.
     */
    public configure(config: ConfigParams): void {
        this.readCredentials(config);
    }

    /**
     * Replaces the stored credentials: each first-level section of the configuration becomes a key.
     *
     * @param config - the configuration (ours or a real pip-services4 ConfigParams).
     */
    public readCredentials(config: ConfigParams): void {
        this._items.clear();
        for (const key of config.getSectionNames()) {
            const section = config.getSection(key);
            if (section.length() > 0) {
                this._items.set(key, new CredentialParams(section));
            }
        }
    }

    /**
     * Stores credentials under a key; null removes them.
     *
     * @param context - (optional) execution context; unused.
     * @param key - the key that identifies the credentials.
     * @param credential - the credentials, or null to remove them.
     * @returns a promise that resolves once stored.
     */
    public async store(context: IContext | null, key: string, credential: CredentialParams | null): Promise<void> {
        if (credential != null) {
            this._items.set(key, credential);
        } else {
            this._items.delete(key);
        }
    }

    /**
     * Looks credentials up by key.
     *
     * @param context - (optional) execution context; unused.
     * @param key - the key that identifies the credentials.
     * @returns the credentials, or null when none are stored under the key.
     */
    public async lookup(context: IContext | null, key: string): Promise<CredentialParams | null> {
        return this._items.get(key) ?? null;
    }
}
