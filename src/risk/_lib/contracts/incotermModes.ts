import type { Incoterm } from '../../../model';
import type { TransportMode } from '../../DocumentInputs';

/**
 * Internal: which transport modes each Incoterms 2020 rule suits (ICC, Incoterms 2020: EXW, FCA,
 * CPT, CIP, DAP, DPU, DDP for any mode; FAS, FOB, CFR, CIF for sea and inland waterway only).
 */
export const INCOTERM_MODES = {
  EXW: 'any',
  FCA: 'any',
  CPT: 'any',
  CIP: 'any',
  DAP: 'any',
  DPU: 'any',
  DDP: 'any',
  FAS: 'waterway',
  FOB: 'waterway',
  CFR: 'waterway',
  CIF: 'waterway',
} as const satisfies Record<Incoterm, 'any' | 'waterway'>;

/** Internal: whether a transport mode is by sea or inland waterway. */
export const WATERBORNE = {
  sea: true,
  'inland-waterway': true,
  road: false,
  rail: false,
  air: false,
  multimodal: false,
} as const satisfies Record<TransportMode, boolean>;

/** Internal: whether an Incoterm suits a transport mode. */
export function suitsMode(incoterm: Incoterm, mode: TransportMode): boolean {
  return INCOTERM_MODES[incoterm] === 'any' || WATERBORNE[mode];
}
