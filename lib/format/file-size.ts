/** The unit a file size reads best in: bytes below 1 KB (a 60-byte file is not "0 kB"), then kB, then MB. */
export function fileSizeParts(bytes: number): {
  value: number;
  unit: 'byte' | 'kilobyte' | 'megabyte';
  digits: number;
} {
  if (bytes < 1024) return { value: bytes, unit: 'byte', digits: 0 };
  if (bytes < 1024 * 1024) return { value: bytes / 1024, unit: 'kilobyte', digits: 0 };
  return { value: bytes / (1024 * 1024), unit: 'megabyte', digits: 1 };
}
