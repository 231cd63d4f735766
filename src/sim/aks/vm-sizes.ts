// A few common Azure VM sizes with what a node of that size reports (vCPU, memory in KiB as the
// kubelet sees it: a little under the nominal GiB). Used for node pools' nodes.

export interface VmSize {
  name: string;
  vcpu: number;
  memoryGiB: number;
  memoryKi: number;
}

const size = (name: string, vcpu: number, memoryGiB: number, memoryKi: number): VmSize => ({ name, vcpu, memoryGiB, memoryKi });

export const VM_SIZES: VmSize[] = [
  size('Standard_B2s', 2, 4, 4_025_876),
  size('Standard_B4ms', 4, 16, 16_365_548),
  size('Standard_DS2_v2', 2, 7, 7_097_684),
  size('Standard_DS3_v2', 4, 14, 14_336_736),
  size('Standard_D2s_v3', 2, 8, 8_140_088),
  size('Standard_D4s_v3', 4, 16, 16_365_548),
  size('Standard_D8s_v3', 8, 32, 32_882_976),
  size('Standard_D2s_v5', 2, 8, 8_140_088),
  size('Standard_D4s_v5', 4, 16, 16_365_548),
  size('Standard_E4s_v3', 4, 32, 32_882_976),
  size('Standard_F4s_v2', 4, 8, 8_140_088),
];

export function vmSize(name: string): VmSize | undefined {
  return VM_SIZES.find((s) => s.name.toLowerCase() === name.toLowerCase());
}
