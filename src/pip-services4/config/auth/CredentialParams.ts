/** @module auth */
import { ConfigParams } from '../../components/config/ConfigParams';

/**
 * Credentials for an external service: `store_key`, `username` (or `user`), `password` (or `pass`),
 * `access_id` (or `client_id`), `access_key` (or `client_key`, `secret_key`), plus any custom keys.
 *
 * Same members as pip-services4's `CredentialParams`, and no others, so a real one is assignable to this type.
 *
 * @example
 * ```ts
 * const credential = CredentialParams.fromTuples('access_id', 'AKIA...', 'secret_key', '...');
 * credential.getAccessKey(); // the secret_key value
 * ```
 */
export class CredentialParams extends ConfigParams {
    /**
     * Creates credential parameters from an object's own properties.
     *
     * @param values - (optional) an object whose own properties become the parameters.
     */
    public constructor(values: unknown = null) {
        super(values);
    }

    /**
     * Tells whether the credentials must be looked up in a credential store (a `store_key` is set).
     *
     * @returns true when `store_key` is set and not empty.
     */
    public useCredentialStore(): boolean {
        return this.getAsNullableString('store_key') != null;
    }

    /**
     * Gets the key to look these credentials up in a credential store.
     *
     * @returns the `store_key` value, or null when it is not set.
     */
    public getStoreKey(): string | null {
        return this.getAsNullableString('store_key');
    }

    /**
     * Sets the key to look these credentials up in a credential store.
     *
     * @param value - the store key.
     */
    public setStoreKey(value: string | null): void {
        this.put('store_key', value);
    }

    /**
     * Gets the user name (`username`, then `user`).
     *
     * @returns the user name, or null when neither key is set.
     */
    public getUsername(): string | null {
        return this.getAsNullableString('username') || this.getAsNullableString('user');
    }

    /**
     * Sets the user name (under `username`).
     *
     * @param value - the user name.
     */
    public setUsername(value: string | null): void {
        this.put('username', value);
    }

    /**
     * Gets the password (`password`, then `pass`).
     *
     * @returns the password, or null when neither key is set.
     */
    public getPassword(): string | null {
        return this.getAsNullableString('password') || this.getAsNullableString('pass');
    }

    /**
     * Sets the password (under `password`).
     *
     * @param value - the password.
     */
    public setPassword(value: string | null): void {
        this.put('password', value);
    }

    /**
     * Gets the access id (`access_id`, then `client_id`).
     *
     * @returns the access id, or null when neither key is set.
     */
    public getAccessId(): string | null {
        return this.getAsNullableString('access_id') || this.getAsNullableString('client_id');
    }

    /**
     * Sets the access id (under `access_id`).
     *
     * @param value - the access id.
     */
    public setAccessId(value: string | null): void {
        this.put('access_id', value);
    }

    /**
     * Gets the access (secret) key (`access_key`, then `client_key`, then `secret_key`).
     *
     * @returns the access key, or null when none of the keys is set.
     */
    public getAccessKey(): string | null {
        return this.getAsNullableString('access_key')
            || this.getAsNullableString('client_key')
            || this.getAsNullableString('secret_key');
    }

    /**
     * Sets the access (secret) key (under `access_key`).
     *
     * @param value - the access key.
     */
    public setAccessKey(value: string | null): void {
        this.put('access_key', value);
    }

    /**
     * Parses credential parameters from a string such as `user=jdoe;pass=secret`.
     *
     * @param line - the string to parse.
     * @returns new CredentialParams.
     */
    public static override fromString(line: string | null | undefined): CredentialParams {
        return new CredentialParams(ConfigParams.fromString(line));
    }

    /**
     * Creates credential parameters from key-value pairs: key1, value1, key2, value2, ...
     *
     * @param tuples - alternating keys and values.
     * @returns new CredentialParams.
     */
    public static override fromTuples(...tuples: unknown[]): CredentialParams {
        return new CredentialParams(ConfigParams.fromTuples(...tuples));
    }

    /**
     * Reads all credentials from a configuration: one per subsection of `credentials`
     * (`credentials.<name>.*`), or else the single `credential` section.
     *
     * @param config - the configuration (ours or a real pip-services4 ConfigParams).
     * @returns the credentials; empty when neither section is present.
     */
    public static manyFromConfig(config: ConfigParams): CredentialParams[] {
        const credentials = config.getSection('credentials');
        if (credentials.length() > 0) {
            return credentials.getSectionNames().map((name) => new CredentialParams(credentials.getSection(name)));
        }
        const credential = config.getSection('credential');
        return credential.length() > 0 ? [new CredentialParams(credential)] : [];
    }

    /**
     * Reads the first credential from a configuration (see {@link CredentialParams.manyFromConfig}).
     *
     * @param config - the configuration.
     * @returns the first credential, or null when none is configured.
     */
    public static fromConfig(config: ConfigParams): CredentialParams | null {
        return CredentialParams.manyFromConfig(config)[0] ?? null;
    }
}
