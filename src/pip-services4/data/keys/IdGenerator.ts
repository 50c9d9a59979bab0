/** @module keys */
import { randomUUID } from 'node:crypto';

/**
 * Generates unique ids, as pip-services4-data's `IdGenerator`: short 9-digit numeric strings and long 32-character
 * hexadecimal strings.
 */
export class IdGenerator {
    /**
     * Generates a short random id: a 9-digit numeric string. Good for trace ids, not unique enough for keys.
     *
     * @returns a random id such as `"473825791"`.
     */
    public static nextShort(): string {
        return String(100000000 + Math.floor(Math.random() * 900000000));
    }

    /**
     * Generates a long random id: 32 hexadecimal characters (a UUID v4 without dashes).
     *
     * @returns a random id.
     */
    public static nextLong(): string {
        return randomUUID().replace(/-/g, '');
    }
}
