// What one client may upload (issue 24): files and bytes per day, and bytes in all, set per
// business; and uploads from one address, whoever sends them. One pure rule, used by the
// upload's write (lib/documents/upload-document.ts) and its tests.

export type TUploadLimits = { uploadDailyFiles: number; uploadDailyMegabytes: number; uploadTotalMegabytes: number };
export type TUploadUsage = { filesToday: number; bytesToday: number; bytesInAll: number };
export type TQuotaError = 'quota_day' | 'quota_total';

const MB = 1024 * 1024;

/** uploads one address may make per hour, across clients and businesses */
export const UPLOADS_PER_ADDRESS_PER_HOUR = 60;

/** Why one more file of `sizeBytes` is refused, or null. */
export function uploadQuotaProblem(limits: TUploadLimits, usage: TUploadUsage, sizeBytes: number): TQuotaError | null {
  if (usage.bytesInAll + sizeBytes > limits.uploadTotalMegabytes * MB) return 'quota_total';
  if (usage.filesToday + 1 > limits.uploadDailyFiles) return 'quota_day';
  if (usage.bytesToday + sizeBytes > limits.uploadDailyMegabytes * MB) return 'quota_day';
  return null;
}
