export * from './errors';
export * from './explain';
export * from './model';
export * from './money';
export * from './period';
export * from './rules';
