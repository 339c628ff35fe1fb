export { type DatasetArbitraryOptions, datasetArbitrary } from './arbitraries/datasetArbitrary';
export { entityArbitrary } from './arbitraries/entityArbitrary';
export { entityQueryArbitrary } from './arbitraries/entityQueryArbitrary';
export type { ArbitraryPools } from './arbitraries/pools';
export {
  type DecimalStringArbitraryOptions,
  decimalStringArbitrary,
  type IsoDateArbitraryOptions,
  isoDateArbitrary,
} from './arbitraries/primitives';
export {
  type ResultRecordArbitraryOptions,
  resultRecordArbitrary,
} from './arbitraries/resultRecordArbitrary';
export type { ContractFastCheckOptions } from './contract/context';
export { type AdapterContractOptions, describeAdapterContract } from './describeAdapterContract';
export { sampleDataset } from './sampleDataset';
