import 'server-only';
import { randomInt } from 'node:crypto';

// Letters and digits that cannot be mistaken for one another when read from a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 16 characters from a CSPRNG (about 79 bits), in groups of four to read and type. */
export const generatePassword = () =>
  Array.from({ length: 16 }, (_, i) => (i && i % 4 === 0 ? '-' : '') + ALPHABET[randomInt(ALPHABET.length)]).join('');
