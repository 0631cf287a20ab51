import { BlockList, isIP } from 'node:net';

/**
 * `DINTUR_DEVICE_ADDRESSES`: the addresses or subnets of the centre's kiosks and wall displays
 * (`10.20.0.0/24,10.20.1.15`). They have no credentials of their own, so the network they sit on
 * is what tells them apart: their event streams are never counted against the caps.
 * Returns the bad entries' messages, or a matcher.
 */
export function parseDeviceAddresses(entries: readonly string[]): { matches(address: string): boolean } | { errors: string[] } {
  const list = new BlockList();
  const errors: string[] = [];
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32) || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      errors.push(`"${entry}" is not an address or a subnet such as 10.20.0.0/24`);
      continue;
    }
    list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  if (errors.length > 0) return { errors };
  return {
    matches(address: string): boolean {
      const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
      const plain = mapped ? mapped[1]! : address.split('%')[0]!;
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}
