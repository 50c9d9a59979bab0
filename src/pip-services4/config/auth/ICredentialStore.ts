/** @module auth */
import { type IContext } from '../../components/context/IContext';
import { type CredentialParams } from './CredentialParams';

/**
 * A credential store: stores and looks up credentials by key.
 * Components are found under the locator `*:credential-store:*:*:*`.
 */
export interface ICredentialStore {
    /**
     * Stores credentials under a key; null removes them.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @param key - the key that identifies the credentials.
     * @param credential - the credentials, or null to remove them.
     * @returns a promise that resolves once stored.
     */
    store(context: IContext | null, key: string, credential: CredentialParams | null): Promise<void>;

    /**
     * Looks credentials up by key.
     *
     * @param context - (optional) execution context to trace execution through a call chain.
     * @param key - the key that identifies the credentials.
     * @returns the credentials, or null when none are stored under the key.
     */
    lookup(context: IContext | null, key: string): Promise<CredentialParams | null>;
}
