// The per-kind strategies one ApiServer uses. Strategies with state (IP and port allocators) are
// created per server so that two simulated clusters never share it.
import type { Strategy } from '../strategy';
import { namespaceStrategy } from './namespace';

export function createStrategies(): Map<string, Strategy> {
  return new Map<string, Strategy>([['Namespace', namespaceStrategy]]);
}
