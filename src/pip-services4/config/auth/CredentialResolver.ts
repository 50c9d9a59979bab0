/** @module auth */
import { type IContext } from '../../components/context/IContext';
import { type ConfigParams } from '../../components/config/ConfigParams';
import { type IReferences } from '../../components/refer/IReferences';
import { Descriptor } from '../../components/refer/Descriptor';
import { ReferenceException } from '../../components/refer/ReferenceException';
import { CredentialParams } from './CredentialParams';
import { type ICredentialStore } from './ICredentialStore';

/**
 * Resolves a component's credentials from its configuration, asking credential stores
 * (`*:credential-store:*:*:*` references) for credentials that carry a `store_key`.
 *
 * ### Configuration parameters
 * - `credential.*`: one credential; `credential.store_key` (optional) looks it up in a credential store.
 * - `credentials.<name>.*`: several credentials, instead of `credential`.
 *
 * ### References
 * - `*:credential-store:*:*:*` (optional): {@link ICredentialStore} services, needed only for credentials with a store key.
 *
 * @example
 * ```ts
 * const resolver = new CredentialResolver(ConfigParams.fromTuples('credential.access_id', 'id', 'credential.access_key', 'key'));
 * const credential = await resolver.lookup(null);
 * ```
 */
export class CredentialResolver {
    private readonly _credentials: CredentialParams[] = [];
    private _references: IReferences | null = null;

    /**
     * Creates the resolver.
     *
     * @param config - (optional) configuration, passed to {@link CredentialResolver.configure}.
     * @param references - (optional) references, passed to {@link CredentialResolver.setReferences}.
     */
    public constructor(config: ConfigParams | null = null, references: IReferences | null = null) {
        if (config != null) {
            this.configure(config);
        }
        if (references != null) {
            this.setReferences(references);
        }
    }

    /**
     * Adds the credentials found in the `credentials` or `credential` section.
     *
     * @param config - the configuration (ours or a real pip-services4 ConfigParams).
     */
    public configure(config: ConfigParams): void {
        this._credentials.push(...CredentialParams.manyFromConfig(config));
    }

    /**
     * Sets the references used to find credential stores.
     *
     * @param references - the component references (ours or a real pip-services4 References).
     */
    public setReferences(references: IReferences): void {
        this._references = references;
    }

    /**
     * Gets the configured credentials as they are, without asking credential stores.
     *
     * @returns the configured credentials (the resolver's own list).
     */
    public getAll(): CredentialParams[] {
        return this._credentials;
    }

    /**
     * Adds a credential.
     *
     * @param credential - the credential to add.
     */
    public add(credential: CredentialParams): void {
        this._credentials.push(credential);
    }

    /**
     * Looks up one credential: the first configured credential without a store key; otherwise the first
     * credential that a referenced credential store returns for a configured store key (returned as the store gives it).
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @returns the credential, or null when none is configured, none is found, or references were never set.
     * @throws ReferenceException when a store key is configured but no credential store is referenced.
     */
    public async lookup(context: IContext | null): Promise<CredentialParams | null> {
        const direct = this._credentials.find((credential) => !credential.useCredentialStore());
        if (direct != null) {
            return direct;
        }
        for (const credential of this._credentials) {
            const key = credential.getStoreKey();
            if (key == null || this._references == null) {
                continue;
            }
            const locator = new Descriptor('*', 'credential-store', '*', '*', '*');
            const stores = this._references
                .getOptional<ICredentialStore>(locator)
                .filter((store) => typeof store?.lookup === 'function');
            if (stores.length === 0) {
                throw new ReferenceException(context, locator);
            }
            for (const store of stores) {
                const found = await store.lookup(context, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
