/**
 * S3 event notifications carry object keys URL-encoded, with spaces as `+` (aws/aws-sdk-js#837);
 * these two functions are the only place that knows.
 */
export function decodeS3EventKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The key as AWS puts it in an S3 event: what the local SES stand-in must produce. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}
