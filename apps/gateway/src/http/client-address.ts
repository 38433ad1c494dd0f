import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network a caller's address belongs to, as rate limits and the sign-in log count callers: every
 * loopback address is one caller (127.0.0.2 is no new budget), an IPv6 address counts by its /64 (a host
 * is given a whole /64), an IPv4-mapped IPv6 address as its IPv4 address.
 */
export function callerNetworkOf(address: string | undefined): string {
  if (!address) return 'unknown';
  const plain = address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
  if (isIPv4(plain)) return plain.startsWith('127.') ? 'loopback' : plain;
  if (!isIPv6(plain)) return 'unknown';
  if (plain === '::1') return 'loopback';
  const [head, tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = plain.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
